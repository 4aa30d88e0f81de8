using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Data;

namespace ParPlan.Features.Plans;

/// <summary>One numbered row of a plan's task table (contract task), with its progress.</summary>
public sealed class PlanTask : IVersioned
{
    public const int TitleMax = 4000;
    public const int AreaCodeMax = 40;
    public const int ScheduleTextMax = 2000;
    public const int FundingMax = 2000;

    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid PlanId { get; set; }

    /// <summary>"1.1", "7.B.1".</summary>
    public string Ref { get; set; } = "";

    /// <summary>Document order within the plan.</summary>
    public int Order { get; set; }

    /// <summary>Contract area code; null when the parser found none.</summary>
    public string? AreaCode { get; set; }

    public string Title { get; set; } = "";

    public string? Objective { get; set; }

    /// <summary>JSON array of strings.</summary>
    [LongText]
    public string ActivitiesJson { get; set; } = "[]";

    /// <summary>JSON array of strings (the "Kết quả/Sản phẩm" items).</summary>
    [LongText]
    public string OutputsJson { get; set; } = "[]";

    /// <summary>The "Chủ trì" cell items as written (JSON array), kept beside the resolved assignments.</summary>
    [LongText]
    public string LeadTextJson { get; set; } = "[]";

    /// <summary>The "Phối hợp" cell items as written (JSON array).</summary>
    [LongText]
    public string SupportTextJson { get; set; } = "[]";

    /// <summary>The original "Thời gian" cell text.</summary>
    public string ScheduleText { get; set; } = "";

    /// <summary>The contract <c>Schedule</c> serialised with <c>PlanJson.Options</c>.</summary>
    [LongText]
    public string ScheduleJson { get; set; } = "{}";

    /// <summary>The schedule kind (contract string: date, period, ongoing, …) for queries.</summary>
    public string ScheduleKind { get; set; } = "none";

    /// <summary>The computed deadline (schedule due, or the trigger-set deadline); null when none yet.</summary>
    public DateOnly? DueDate { get; set; }

    /// <summary>The task of the parent plan this task carries out (a child plan built from its parent, or a confirmed
    /// link proposal); null when none.</summary>
    public Guid? ParentTaskId { get; set; }

    public string? Funding { get; set; }

    public PlanTaskStatus Status { get; set; } = PlanTaskStatus.NotStarted;

    public int Percent { get; set; }

    public long Version { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public string? ClosedBy { get; set; }
}

internal sealed class PlanTaskConfiguration : IEntityTypeConfiguration<PlanTask>
{
    public void Configure(EntityTypeBuilder<PlanTask> builder)
    {
        builder.ToTable("PlanTasks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Ref).HasMaxLength(40).IsRequired();
        builder.Property(t => t.AreaCode).HasMaxLength(PlanTask.AreaCodeMax);
        builder.Property(t => t.Title).HasMaxLength(PlanTask.TitleMax).IsRequired();
        builder.Property(t => t.Objective).HasMaxLength(4000);
        builder.Property(t => t.ScheduleText).HasMaxLength(PlanTask.ScheduleTextMax).IsRequired();
        builder.Property(t => t.ScheduleKind).HasMaxLength(20).IsRequired();
        builder.Property(t => t.Funding).HasMaxLength(PlanTask.FundingMax);
        builder.Property(t => t.Status).HasConversion(s => s.ToText(), s => PlanTaskStatusText.Parse(s) ?? PlanTaskStatus.NotStarted)
            .HasMaxLength(20);
        builder.Property(t => t.ClosedBy).HasMaxLength(256);
        builder.HasOne<Plan>().WithMany().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.PlanId, t.Order });
        builder.HasIndex(t => t.DueDate);
        builder.HasOne<PlanTask>().WithMany().HasForeignKey(t => t.ParentTaskId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(t => t.ParentTaskId);
    }
}

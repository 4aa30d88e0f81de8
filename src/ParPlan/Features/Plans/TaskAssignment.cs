using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.Plans;

/// <summary>A unit that leads or supports a task. A class phrase ("UBND các xã, thị trấn") fans out into one row
/// per member, all sharing <see cref="FanOutGroupId"/>.</summary>
public sealed class TaskAssignment
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TaskId { get; set; }

    public Guid UnitId { get; set; }

    public AssignmentRole Role { get; set; }

    /// <summary>The cell text the assignment came from ("Phòng Văn hoá – Xã hội", "UBND các xã, thị trấn").</summary>
    public string? SourceText { get; set; }

    /// <summary>The <see cref="UnitGroup"/> the row fanned out from, if any.</summary>
    public Guid? FanOutGroupId { get; set; }
}

internal sealed class TaskAssignmentConfiguration : IEntityTypeConfiguration<TaskAssignment>
{
    public void Configure(EntityTypeBuilder<TaskAssignment> builder)
    {
        builder.ToTable("TaskAssignments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Role).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.SourceText).HasMaxLength(1000);
        builder.HasOne<PlanTask>().WithMany().HasForeignKey(a => a.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.TaskId, a.UnitId, a.Role }).IsUnique();
        builder.HasIndex(a => a.UnitId);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.FollowUp;

/// <summary>An in-app message to a unit (every user of the unit sees it): a reminder before a deadline or an
/// escalation of an overdue task. <see cref="DedupKey"/> makes the reminder job idempotent.</summary>
public sealed class Notification
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid UnitId { get; set; }

    /// <summary>A single user when the message is personal; null for the whole unit.</summary>
    public string? UserId { get; set; }

    public string Text { get; set; } = "";

    public string? Link { get; set; }

    public bool IsRead { get; set; }

    /// <summary>task:unit:occurrence:threshold.</summary>
    public string DedupKey { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("Notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.UserId).HasMaxLength(450);
        builder.Property(n => n.Text).HasMaxLength(2000).IsRequired();
        builder.Property(n => n.Link).HasMaxLength(500);
        builder.Property(n => n.DedupKey).HasMaxLength(200).IsRequired();
        builder.HasOne<Unit>().WithMany().HasForeignKey(n => n.UnitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => n.DedupKey).IsUnique();
        builder.HasIndex(n => new { n.UnitId, n.IsRead });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ParPlan.Features.Search;

/// <summary>The search index row of a plan, task or evidence: its display text and the folded key
/// (<see cref="ParPlan.Core.Text.VietText.Fold"/>) that accent-insensitive LIKE queries run on. Maintained on save
/// by <see cref="SearchIndexInterceptor"/>.</summary>
public sealed class SearchEntry
{
    /// <summary>The indexed entity's id.</summary>
    public Guid Id { get; set; }

    public SearchKind Kind { get; set; }

    public Guid? PlanId { get; set; }

    public Guid? TaskId { get; set; }

    /// <summary>The evidence's unit; null for plans and tasks (scoped through their plan and assignments).</summary>
    public Guid? UnitId { get; set; }

    public string Title { get; set; } = "";

    public string Folded { get; set; } = "";
}

internal sealed class SearchEntryConfiguration : IEntityTypeConfiguration<SearchEntry>
{
    public void Configure(EntityTypeBuilder<SearchEntry> builder)
    {
        builder.ToTable("SearchEntries");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Title).HasMaxLength(1000).IsRequired();
        builder.Property(s => s.Folded).HasMaxLength(8000).IsRequired();
        builder.HasIndex(s => s.Kind);
    }
}

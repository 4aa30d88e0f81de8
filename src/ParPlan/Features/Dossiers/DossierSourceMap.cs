using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Core.Dossiers;
using ParPlan.Data;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.Dossiers;

/// <summary>The column map (<see cref="DossierColumnMap"/> as JSON) a government saved for one source, used by every later
/// import of that government from that source. A province's map is shared: its communes' imports read it when they have
/// none of their own for the source, but only the province changes it (<see cref="DossierMaps"/>).</summary>
public sealed class DossierSourceMap : IVersioned
{
    /// <summary>The government (UBND tỉnh / xã) that owns the map.</summary>
    public Guid GovernmentId { get; set; }

    public string Source { get; set; } = "";

    [LongText]

    public string MapJson { get; set; } = "";

    public long Version { get; set; }

    public DossierColumnMap ToMap() => DossierColumnMap.FromJson(MapJson);
}

internal sealed class DossierSourceMapConfiguration : IEntityTypeConfiguration<DossierSourceMap>
{
    public void Configure(EntityTypeBuilder<DossierSourceMap> builder)
    {
        builder.ToTable("DossierSourceMaps");
        builder.HasKey(m => new { m.GovernmentId, m.Source });
        builder.Property(m => m.Source).HasMaxLength(100);
        builder.Property(m => m.MapJson).IsRequired();
        builder.HasOne<Unit>().WithMany().HasForeignKey(m => m.GovernmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Core.Dossiers;
using ParPlan.Data;

namespace ParPlan.Features.Dossiers;

/// <summary>The column map (<see cref="DossierColumnMap"/> as JSON) saved for one source, used by every later
/// import from that source.</summary>
public sealed class DossierSourceMap : IVersioned
{
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
        builder.HasKey(m => m.Source);
        builder.Property(m => m.Source).HasMaxLength(100);
        builder.Property(m => m.MapJson).IsRequired();
        builder.Property(m => m.Version).IsConcurrencyToken();
    }
}

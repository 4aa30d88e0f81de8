using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ParPlan.Features.Dossiers;

/// <summary>One distinct (procedure code, procedure name, field) as written on imported dossiers. A province's dossiers
/// repeat a few hundred procedures a million times, so a dossier stores the number of its procedure instead of the
/// three texts: rows a third of the size, which is most of what an import writes. Nothing is lost: a procedure named
/// two ways gets two entries.</summary>
public sealed class DossierProcedure
{
    public int Id { get; set; }

    /// <summary>SHA-256 (hex) of the three texts, unique: what an import looks an entry up by (the name alone may be too
    /// long for a PostgreSQL index entry).</summary>
    public string Key { get; set; } = "";

    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? Field { get; set; }

    public static string KeyOf(string? code, string? name, string? field)
    {
        // U+0000 marks a missing text and U+001F separates them, so (null, "") and ("", null) differ.
        var text = string.Join('\u001f', Part(code), Part(name), Part(field));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

        static string Part(string? s) => s is null ? "\0" : s;
    }
}

internal sealed class DossierProcedureConfiguration : IEntityTypeConfiguration<DossierProcedure>
{
    public void Configure(EntityTypeBuilder<DossierProcedure> builder)
    {
        builder.ToTable("DossierProcedures");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Key).HasMaxLength(64).IsRequired();
        builder.Property(p => p.Code).HasMaxLength(100);
        builder.Property(p => p.Name).HasMaxLength(1000);
        builder.Property(p => p.Field).HasMaxLength(300);
        builder.HasIndex(p => p.Key).IsUnique();
    }
}

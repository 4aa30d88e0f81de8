using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ParPlan.Features.Audit;

/// <summary>Writes an <see cref="AuditEntry"/> for every added, modified or deleted entity in the same
/// SaveChanges (so the change and its audit commit together). Secrets are never written.</summary>
public sealed class AuditInterceptor(AuditActor actor, TimeProvider time) : SaveChangesInterceptor
{
    public const string Hidden = "(đã ẩn)";

    private static readonly HashSet<string> SecretProperties = new(StringComparer.Ordinal)
    {
        nameof(IdentityUser.PasswordHash),
        nameof(IdentityUser.SecurityStamp),
        nameof(IdentityUser.ConcurrencyStamp),
    };

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AddEntries(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AddEntries(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void AddEntries(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        context.ChangeTracker.DetectChanges();
        var who = actor.Current;
        var now = time.GetUtcNow();
        var entries = context.ChangeTracker.Entries()
            .Where(e => e.Entity is not AuditEntry && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => Describe(e, who, now))
            .OfType<AuditEntry>()
            .ToList();
        context.Set<AuditEntry>().AddRange(entries);
    }

    private static AuditEntry? Describe(EntityEntry entry, AuditActorInfo who, DateTimeOffset now)
    {
        var before = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        var after = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            var secret = IsSecret(entry, name);
            switch (entry.State)
            {
                case EntityState.Added:
                    if (property.CurrentValue is not null && !property.IsTemporary)
                    {
                        after[name] = secret ? Hidden : property.CurrentValue;
                    }

                    break;
                case EntityState.Deleted:
                    before[name] = secret ? Hidden : property.OriginalValue;
                    break;
                default:
                    if (property.IsModified && !Equals(property.OriginalValue, property.CurrentValue))
                    {
                        before[name] = secret ? Hidden : property.OriginalValue;
                        after[name] = secret ? Hidden : property.CurrentValue;
                    }

                    break;
            }
        }

        if (entry.State == EntityState.Modified && after.Count == 0)
        {
            return null;
        }

        return new AuditEntry
        {
            At = now,
            UserId = who.UserId,
            UserName = who.UserName,
            EntityType = entry.Metadata.ClrType.Name.Split('`')[0],
            EntityKey = KeyOf(entry),
            Action = entry.State switch
            {
                EntityState.Added => AuditAction.Added,
                EntityState.Deleted => AuditAction.Deleted,
                _ => AuditAction.Modified,
            },
            Before = entry.State == EntityState.Added ? null : JsonSerializer.Serialize(before, Json),
            After = entry.State == EntityState.Deleted ? null : JsonSerializer.Serialize(after, Json),
        };
    }

    private static bool IsSecret(EntityEntry entry, string property) =>
        SecretProperties.Contains(property)
        || (property == nameof(IdentityUserToken<string>.Value) && entry.Entity is IdentityUserToken<string>);

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null)
        {
            return "";
        }

        return string.Join('|', key.Properties.Select(p =>
        {
            var property = entry.Property(p.Name);
            return property.IsTemporary ? "(tự sinh)" : Convert.ToString(property.CurrentValue, System.Globalization.CultureInfo.InvariantCulture);
        }));
    }
}

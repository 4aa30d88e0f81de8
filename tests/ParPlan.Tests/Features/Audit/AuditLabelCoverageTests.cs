using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Core.Labels;
using ParPlan.Features.Audit;
using ParPlan.Tests.Data;

namespace ParPlan.Tests.Features.Audit;

/// <summary>The audit log names every entity and field it records in Vietnamese: the audited entity types are read from
/// the EF model (every type but the audit rows and those marked <see cref="NotAuditedAttribute"/>), so a new entity or
/// property without a label fails here.</summary>
public sealed class AuditLabelCoverageTests
{
    [Fact]
    public async Task Every_audited_entity_type_and_property_of_the_model_has_a_vietnamese_label()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        var missing = await database.InScopeAsync(sp =>
        {
            var model = sp.GetRequiredService<ParPlan.Data.AppDbContext>().Model;
            var audited = model.GetEntityTypes()
                .Where(t => !t.IsOwned() && t.ClrType != typeof(AuditEntry) && !Attribute.IsDefined(t.ClrType, typeof(NotAuditedAttribute)))
                .ToList();
            Assert.True(audited.Count > 20, $"only {audited.Count} audited entity types found");
            var gaps = new List<string>();
            foreach (var type in audited)
            {
                var name = AuditInterceptor.EntityName(type.ClrType);
                if (!AuditLabels.HasEntity(name))
                {
                    gaps.Add($"entity {name}");
                }

                gaps.AddRange(type.GetProperties().Where(p => !AuditLabels.HasField(name, p.Name)).Select(p => $"field {name}.{p.Name}"));
            }

            return Task.FromResult(gaps);
        });

        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
    }
}

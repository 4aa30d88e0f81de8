using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Data;
using ParPlan.Hosting;

namespace ParPlan.Tests.Architecture;

/// <summary>Rules that keep every feature in one shape (docs/architecture.md, "How to add a feature"), modelled on
/// <c>EndpointAuthorizationTests</c>: each reads the app itself, and each is shown failing on a broken fixture.</summary>
public sealed class ArchitectureTests
{
    [Fact]
    public void No_page_injects_the_DbContext_it_reads_through_its_feature_s_queries_and_commands()
    {
        Assert.Contains(ArchitectureRules.AppTypes, ArchitectureRules.IsPage);

        var offenders = ArchitectureRules.PagesInjectingTheDbContext(ArchitectureRules.AppTypes).Select(t => t.Name).ToList();

        NoneOf(offenders, "inject AppDbContext; use the feature's queries and commands");
    }

    [Fact]
    public void The_DbContext_rule_catches_a_page_that_injects_it()
    {
        Assert.Equal([typeof(PageOnTheDbContext)], ArchitectureRules.PagesInjectingTheDbContext([typeof(PageOnTheDbContext), typeof(UnlistedPage)]));
    }

    [Fact]
    public void No_feature_Setup_registers_another_feature_s_services()
    {
        var setups = ArchitectureRules.AppTypes.Where(t => t.Name.EndsWith("Setup", StringComparison.Ordinal) && ArchitectureRules.FeatureOf(t) is not null).ToList();
        Assert.Contains(setups, s => s.Name == "OrganisationSetup");

        var offenders = setups.ToDictionary(s => s.Name, s => ArchitectureRules.ForeignRegistrations(s).ToList());

        NoneOf(offenders.SelectMany(o => o.Value), "move each registration to its own feature's Setup");
    }

    [Fact]
    public void The_Setup_rule_catches_a_Setup_that_registers_another_feature_s_service()
    {
        var found = ArchitectureRules.ForeignRegistrations(typeof(ParPlan.Features.Broken.BrokenSetup)).ToList();

        Assert.Equal(["BrokenSetup.AddBroken registers PlanQueries of the Plans feature"], found);
    }

    [Fact]
    public void Every_options_type_is_validated_at_start()
    {
        var services = new ServiceCollection().AddParPlanServices(new ConfigurationBuilder().Build());

        var notChecked = ArchitectureRules.OptionsNotValidatedAtStart(services).ToList();

        Assert.Contains(services, d => d.ServiceType == typeof(Microsoft.Extensions.Options.IValidateOptions<DatabaseOptions>));
        NoneOf(notChecked, "add Validate(…) or an IValidateOptions, and ValidateOnStart()");
    }

    [Fact]
    public void The_options_rule_catches_options_bound_without_validation_or_without_a_check_at_start()
    {
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection();
        services.AddOptions<UncheckedOptions>().Bind(configuration.GetSection("Unchecked"));
        services.AddOptions<LateOptions>().Bind(configuration.GetSection("Late")).Validate(o => o.Size > 0, "Late:Size phải lớn hơn 0.");
        services.AddOptions<CheckedOptions>().Bind(configuration.GetSection("Checked")).Validate(o => o.Size > 0, "Checked:Size phải lớn hơn 0.").ValidateOnStart();

        var found = ArchitectureRules.OptionsNotValidatedAtStart(services).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(2, found.Count);
        Assert.StartsWith(typeof(LateOptions).FullName + ": not checked at start", found[0], StringComparison.Ordinal);
        Assert.StartsWith(typeof(UncheckedOptions).FullName + ": no validation; not checked at start", found[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_routable_top_level_page_declares_itself_in_the_page_registry()
    {
        Assert.Empty(ArchitectureRules.PagesMissingFromTheRegistry(ArchitectureRules.AppTypes));
    }

    [Fact]
    public void The_registry_rule_catches_a_top_level_page_without_a_line_and_exempts_a_detail_page()
    {
        Assert.Equal(["/trang-chua-khai-bao (UnlistedPage)"], ArchitectureRules.PagesMissingFromTheRegistry([typeof(UnlistedPage), typeof(DetailPage)]));
    }

    [Fact]
    public void Every_source_file_declares_at_most_one_public_type()
    {
        NoneOf(ArchitectureRules.FilesWithSeveralPublicTypes(ParPlan.Core.Tests.RepoPaths.Root), "give each public type its own file, named after it");
    }

    [Fact]
    public void The_one_type_per_file_rule_catches_a_file_with_a_query_and_its_result_record()
    {
        const string source = """
            namespace ParPlan.Features.Broken;

            /// <summary>A result.</summary>
            public sealed record BrokenRow(int Id);

            public sealed class BrokenQueries
            {
                public sealed record Nested(int Id);
            }

            internal sealed class BrokenHelper;
            """;

        Assert.Equal(["BrokenRow", "BrokenQueries"], ArchitectureRules.PublicTypesIn(source));
    }

    private static void NoneOf(IEnumerable<string> offenders, string fix)
    {
        var list = offenders.ToList();
        Assert.True(list.Count == 0, $"{string.Join(", ", list)}: {fix}.");
    }

    [Route("/trang-chua-khai-bao")]
    private sealed class UnlistedPage : ComponentBase;

    [Route("/trang-chua-khai-bao/{Id:guid}")]
    private sealed class DetailPage : ComponentBase;

    [Route("/trang-doc-thang-csdl")]
    private sealed class PageOnTheDbContext : ComponentBase
    {
        [Inject] public AppDbContext Db { get; set; } = default!;
    }

    private sealed class UncheckedOptions
    {
        public int Size { get; set; }
    }

    private sealed class LateOptions
    {
        public int Size { get; set; }
    }

    private sealed class CheckedOptions
    {
        public int Size { get; set; }
    }
}

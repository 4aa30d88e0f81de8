using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Features.Dossiers;
using ParPlan.Features.Indicators;

namespace ParPlan.Tests.Features.Indicators;

/// <summary>Each feature registers its own services: the dossier import's setup registers no indicator service, and the
/// indicators' setup registers the board's queries.</summary>
public sealed class IndicatorsSetupTests
{
    [Fact]
    public void The_dossier_setup_registers_only_dossier_services_and_the_indicator_setup_the_indicator_services()
    {
        var configuration = new ConfigurationBuilder().Build();
        var dossiers = new ServiceCollection().AddDossierServices(configuration);
        var indicators = new ServiceCollection().AddIndicatorServices(configuration);

        Assert.DoesNotContain(dossiers, d => d.ServiceType.Namespace == typeof(IndicatorQueries).Namespace);
        Assert.Contains(dossiers, d => d.ServiceType == typeof(DossierImportQueries));
        Assert.Contains(indicators, d => d.ServiceType == typeof(IndicatorQueries));
        Assert.Contains(indicators, d => d.ServiceType == typeof(IndicatorBoardQueries));
        Assert.Contains(indicators, d => d.ServiceType == typeof(IndicatorComputer));
        Assert.DoesNotContain(indicators, d => d.ServiceType.Namespace == typeof(DossierImportQueries).Namespace);
    }
}

using ParPlan.Data;
using ParPlan.Features.Audit;
using ParPlan.Features.Auth;
using ParPlan.Features.Cascade;
using ParPlan.Features.Dashboard;
using ParPlan.Features.Demo;
using ParPlan.Features.Dossiers;
using ParPlan.Features.FollowUp;
using ParPlan.Features.Indicators;
using ParPlan.Features.Inspections;
using ParPlan.Features.Organisation;
using ParPlan.Features.ParIndex;
using ParPlan.Features.Plans;
using ParPlan.Features.Records;
using ParPlan.Features.Reports;
using ParPlan.Features.Search;
using ParPlan.Features.Surveys;
using ParPlan.Features.Tasks;

namespace ParPlan.Hosting;

/// <summary>Every feature's services, registered in one place: the web app (<see cref="WebHost"/>), the CLI's store
/// (<see cref="CliStore"/>) and the tests' database and factory all call this, so a service a feature starts to need is
/// missing everywhere at once, at start, not in one CLI verb at run time. A new feature adds its <c>AddX</c> here.</summary>
public static class ParPlanServices
{
    public static IServiceCollection AddParPlanServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddData(configuration);
        services.AddAuditing();
        services.AddOrganisationServices();
        services.AddPlanServices();
        services.AddDemo(configuration);
        services.AddDossierServices(configuration);
        services.AddIndicatorServices(configuration);
        services.AddTasks(configuration);
        services.AddFollowUp(configuration);
        services.AddDashboard(configuration);
        services.AddSearch(configuration);
        services.AddReports(configuration);
        services.AddParIndex(configuration);
        services.AddCascade(configuration);
        services.AddInspections(configuration);
        services.AddRecords();
        services.AddSurveys();
        services.AddParPlanAuth();
        return services;
    }
}

using Microsoft.Extensions.Options;
using ParPlan.Features.Tasks;

namespace ParPlan.Features.Records;

/// <summary>The records the plans require the standing agency to keep (docs/records.md): late dossiers' explanations and
/// apologies, dialogues with their tracked issues, commitments and their year-end reports, the initiative registry and
/// the feedback (PAKN) log, with their pages and API.</summary>
public static class RecordsSetup
{
    public static IServiceCollection AddRecords(this IServiceCollection services)
    {
        services.AddScoped<LateDossierQueries>();
        services.AddScoped<LateDossierCommands>();
        services.AddScoped<RecordAccess>();
        services.AddScoped<RecordLookups>();
        services.AddScoped<DialogueQueries>();
        services.AddScoped<DialogueCommands>();
        services.AddScoped<IFollowUpSource, DialogueFollowUp>();
        services.AddScoped<CommitmentQueries>();
        services.AddScoped<CommitmentCommands>();
        services.AddScoped<InitiativeQueries>();
        services.AddScoped<InitiativeCommands>();
        services.AddScoped<InitiativeIndicatorFeed>();
        services.AddScoped<FeedbackQueries>();
        services.AddScoped<FeedbackCommands>();
        services.AddScoped<FeedbackIndicatorFeed>();
        services.AddScoped<FeedbackReports>();
        return services;
    }

    public static IEndpointRouteBuilder MapRecords(this IEndpointRouteBuilder app)
    {
        app.MapLateDossierEndpoints();
        app.MapDialogueEndpoints(app.ServiceProvider.GetRequiredService<IOptions<EvidenceOptions>>().Value.MaxBytes);
        app.MapCommitmentEndpoints();
        app.MapInitiativeEndpoints();
        app.MapFeedbackEndpoints();
        return app;
    }
}

namespace ParPlan.Features.Auth;

/// <summary>The kinds of object a route can name, each owned by a government (docs/architecture.md, "Who owns what").
/// A new kind needs a fixture in <c>EndpointOwnershipTests</c> that creates one in another government.</summary>
public static class OwnerKinds
{
    /// <summary>A unit of the organisation tree: readable within the user's unit scope (<see cref="IUnitScope"/>).</summary>
    public const string Unit = "unit";

    /// <summary>A plan, owned by its government; the province oversees its communes' plans (<see cref="IUnitScope"/>).</summary>
    public const string Plan = "plan";

    /// <summary>A task of a plan (and its open-class cells), reached through the plan or the task's assigned units.</summary>
    public const string Task = "task";

    /// <summary>An evidence file of a task.</summary>
    public const string Evidence = "evidence";

    /// <summary>A message to a unit (or to one of its users).</summary>
    public const string Notification = "notification";

    /// <summary>A plan import waiting for review: its government's, and only its uploader's.</summary>
    public const string PlanImportSession = "plan-import-session";

    /// <summary>A dossier import (job, staged file, rejected rows): only its government's officers and the administrator.</summary>
    public const string DossierImport = "dossier-import";

    /// <summary>A report instance, readable within the unit scope of the unit that writes it (docs/reports.md).</summary>
    public const string Report = "report";

    /// <summary>A saved dossier column map, keyed by (government, source); a commune reads its province's as a fallback.</summary>
    public const string DossierColumnMap = "dossier-column-map";

    /// <summary>A stored one-stop dossier, owned by the unit its record names (its late-dossier explanation and apology).</summary>
    public const string Dossier = "dossier";

    /// <summary>A satisfaction survey campaign, owned by its government.</summary>
    public const string Survey = "survey";

    /// <summary>A PAR INDEX assessment (and its items), owned by the assessed unit; the province's appraisers read it too.</summary>
    public const string ParAssessment = "par-assessment";

    /// <summary>A file of evidence attached to a PAR INDEX assessment item.</summary>
    public const string ParEvidence = "par-evidence";

    /// <summary>A dialogue with citizens and businesses (and its issues), owned by its government; an issue's lead unit reads it too.</summary>
    public const string Dialogue = "dialogue";

    /// <summary>A signed CCHC commitment (and its obligations), owned by its government; the signatory unit reads it too.</summary>
    public const string Commitment = "commitment";

    /// <summary>A reform initiative of the registry, owned by its government; the proposing unit reads it too.</summary>
    public const string Initiative = "initiative";

    /// <summary>A feedback (PAKN) of the log, owned by its government; the handling unit reads it too.</summary>
    public const string Feedback = "feedback";

    /// <summary>An inspection plan (its visits, findings and documents), owned by the inspecting government.</summary>
    public const string Inspection = "inspection";

    /// <summary>A visit of an inspection plan, reached through its plan's government.</summary>
    public const string InspectionVisit = "inspection-visit";
}

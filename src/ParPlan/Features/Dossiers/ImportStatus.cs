namespace ParPlan.Features.Dossiers;

public enum ImportStatus
{
    Queued,
    Running,
    Completed,
    Failed,

    /// <summary>Staged, but its header does not fit the canonical layout or the source's saved map: waits for the
    /// column-mapping step (<see cref="ColumnMapStep"/>).</summary>
    NeedsMapping,
}

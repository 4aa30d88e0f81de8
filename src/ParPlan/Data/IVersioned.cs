namespace ParPlan.Data;

/// <summary>A mutable aggregate whose <see cref="Version"/> is bumped on every save and checked as the
/// optimistic concurrency token (SQLite has no rowversion).</summary>
public interface IVersioned
{
    long Version { get; set; }
}

namespace ParPlan.Common;

/// <summary>An expected failure as a value: a Vietnamese message for the user, no exception. Endpoints turn it into
/// problem details with <c>Problems.From</c> (the one mapping); pages show <see cref="Message"/>.</summary>
public sealed record Error(string Code, string Message)
{
    /// <summary>For a conflict: the current state of what the user tried to change (sent as the problem's <c>current</c>).</summary>
    public object? Current { get; init; }

    /// <summary>A feature's own problem title ("Không đọc được tệp hồ sơ"); null takes the status's Vietnamese title.</summary>
    public string? Title { get; init; }

    /// <summary>Missing, or outside the user's scope (its existence is not revealed).</summary>
    public static Error NotFound(string message) => new("not-found", message);

    /// <summary>Input the user has to correct.</summary>
    public static Error Invalid(string message) => new("invalid", message);

    /// <summary>The object moved on (a stale version, a state that no longer allows it); <paramref name="current"/> is
    /// what it looks like now, when the answer should carry it.</summary>
    public static Error Conflict(string message, object? current = null) => new("conflict", message) { Current = current };

    /// <summary>The user sees the object but their role may not do this to it.</summary>
    public static Error Forbidden(string message) => new("forbidden", message);

    /// <summary>A file or body over its limit.</summary>
    public static Error TooLarge(string message) => new("too-large", message);

    /// <summary>The object is closed for changes until a date passed (a self-assessment after its lock date): 423.</summary>
    public static Error Locked(string message) => new("locked", message) { Title = "Đã hết thời hạn chỉnh sửa" };

    /// <summary>A file of a type that is not accepted.</summary>
    public static Error UnsupportedType(string message) => new("unsupported-type", message);
}

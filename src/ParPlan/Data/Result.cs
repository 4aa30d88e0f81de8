namespace ParPlan.Data;

/// <summary>An expected failure as a value: a Vietnamese message for the user, no exception.</summary>
public sealed record Error(string Code, string Message)
{
    public static Error NotFound(string message) => new("not-found", message);

    public static Error Invalid(string message) => new("invalid", message);

    public static Error Conflict(string message) => new("conflict", message);
}

/// <summary>Either a value or an <see cref="Error"/>. Convert implicitly from either.</summary>
public readonly record struct Result<T>
{
    public Result(T value)
    {
        Value = value;
        Error = null;
    }

    public Result(Error error)
    {
        Value = default;
        Error = error;
    }

    public T? Value { get; }

    public Error? Error { get; }

    public bool IsSuccess => Error is null;

    public static implicit operator Result<T>(Error error) => new(error);

    public static implicit operator Result<T>(T value) => new(value);
}

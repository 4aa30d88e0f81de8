namespace ParPlan.Data;

/// <summary>The store cannot be opened or migrated at start; the message is meant for the operator.</summary>
public sealed class DatabaseUnavailableException(string message, Exception inner) : IOException(message, inner);

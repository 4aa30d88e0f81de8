namespace ParPlan.Data;

/// <summary>The store's schema comes from a build this one does not know; the message says what to do.</summary>
public sealed class StoreSchemaMismatchException(string message) : IOException(message);

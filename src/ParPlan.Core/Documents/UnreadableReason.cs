namespace ParPlan.Core.Documents;

/// <summary>Why a file could not be read as a document.</summary>
public enum UnreadableReason { Empty, Binary, Corrupt, Encrypted, ImageOnly, Unsupported, NotFound, TooLarge }

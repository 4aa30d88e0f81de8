namespace ParPlan.Core.Files;

/// <summary>Why an uploaded file was refused before a parser opened it.</summary>
public enum UnsafeFileReason { Corrupt, TooManyEntries, TooLarge, CompressionRatio, SizeMismatch, TooManyPages }

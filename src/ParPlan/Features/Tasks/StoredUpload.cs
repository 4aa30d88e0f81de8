namespace ParPlan.Features.Tasks;

/// <summary>An uploaded file written by <see cref="UploadStore"/>: its path under the store's root, its real type.</summary>
public sealed record StoredUpload(string RelativePath, string ContentType, string Extension);

namespace PerfPublish.Write.Pdf;

/// <summary>One document of a batch: laid out, or why not.</summary>
public sealed record Paginated(PaginatedDocument? Document, string? Problem);

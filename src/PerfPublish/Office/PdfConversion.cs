namespace PerfPublish.Office;

/// <summary>One document's PDF, or why there is none.</summary>
public sealed record PdfConversion(byte[]? Pdf, string? Problem);

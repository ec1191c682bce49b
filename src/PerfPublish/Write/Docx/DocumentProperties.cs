namespace PerfPublish.Write.Docx;

/// <summary>Document metadata; the date is fixed by the content (its year) so that builds are reproducible.</summary>
public sealed record DocumentProperties(string Title, string Author, DateTime Date);

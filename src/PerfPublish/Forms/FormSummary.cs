namespace PerfPublish.Forms;

/// <summary>Where the site's index, charts and year comparison find a record's name, code and headline amount.</summary>
public sealed record FormSummary(string Name, string? Code, string? Amount);

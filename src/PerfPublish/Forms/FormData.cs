namespace PerfPublish.Forms;

/// <summary>The name and title of the open-data table with one row per record (projects, by default).</summary>
public sealed record FormData(string Name, string Title);

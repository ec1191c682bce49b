namespace PerfPublish.Write.Data;

/// <summary>A JSON file of a data package: its resource name, path, title and what it holds.</summary>
public sealed record JsonFile(string Name, string Path, string Title, string Description);

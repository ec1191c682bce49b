namespace PerfPublish.Write;

/// <summary>A field as the site names it: its key in the form (the open data's name for it) and its printed label.</summary>
public sealed record FieldLabel(string Key, string Label);

namespace PerfPublish.Write.Html;

public sealed record Download(string Label, string Href);

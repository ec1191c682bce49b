namespace PerfPublish.Model;

public sealed record Text(string Value) : Inline;

namespace PerfPublish.Model;

public sealed record LineBreak : Inline;

namespace PerfPublish.Corpus;

public sealed record SeedFile(string Name, string Text);

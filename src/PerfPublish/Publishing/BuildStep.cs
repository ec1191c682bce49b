namespace PerfPublish.Publishing;

/// <summary>
/// One step of a build as progress reports it: the stage ("check", "compose", "write"), what it works
/// on, and its place among the steps of that stage, so a terminal can draw a bar and CI print a line.
/// </summary>
public sealed record BuildStep(string Stage, string Subject, int Index, int Count);

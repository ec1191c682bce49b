namespace PerfPublish.Model;

/// <summary>The line above a project table: the unit at the left, the currency unit at the right.</summary>
public sealed record UnitLine(string Left, string Right) : Block;

using System.Collections.Immutable;

namespace PerfPublish.Model;

/// <summary>A line of parts spread across the width, as a form's sign-off under its table (填表人：… 联系电话：… 填报日期：…).</summary>
public sealed record SignOffLine(ImmutableArray<string> Parts) : Block;

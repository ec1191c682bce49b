using System.Collections.Immutable;
using PerfPublish.Diagnostics;

namespace PerfPublish.Forms;

/// <summary>
/// A 分值 column (Column = "tree.column") of an indicator tree: each first level's scores add up to within
/// its range (printed in its label, 成本指标(0-20)分), and all of them to Total, where given.
/// </summary>
public sealed record ScoreCheck(string Column, decimal? Total, ImmutableArray<ScoreRange> Ranges, SourceLocation At)
{
    public string Tree => Column[..Column.LastIndexOf('.')];

    public string Key => Column[(Column.LastIndexOf('.') + 1)..];

    public ScoreRange? RangeOf(string firstLevel) => Ranges.FirstOrDefault(r => r.FirstLevel == firstLevel);
}

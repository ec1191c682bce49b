using System.Collections.Immutable;
using PerfPublish.Diagnostics;

namespace PerfPublish.Forms;

/// <summary>total = Σ parts (fields), or total = Σ a table column (Column = "table.column").</summary>
public sealed record SumCheck(string Total, ImmutableArray<string> Parts, string? Column, SourceLocation At);

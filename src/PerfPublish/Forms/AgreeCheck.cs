using PerfPublish.Diagnostics;

namespace PerfPublish.Forms;

/// <summary>Two totals (two halves of a form) that must be equal, or the first at most the second.</summary>
public sealed record AgreeCheck(string First, string Second, AgreeRelation Relation, SourceLocation At);

using System.Collections.Immutable;

namespace PerfPublish.Write.Data;

/// <summary>Columns that refer to another table's key (Table Schema foreignKeys).</summary>
public sealed record ForeignKey(ImmutableArray<string> Fields, string Resource, ImmutableArray<string> ReferenceFields);

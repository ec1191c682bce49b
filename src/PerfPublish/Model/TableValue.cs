using System.Collections.Immutable;
using PerfPublish.Diagnostics;
using PerfPublish.Forms;

namespace PerfPublish.Model;

public sealed record TableValue(FieldDefinition Field, ImmutableArray<GroupValue> Rows, SourceLocation At) : FieldValue(Field, At);

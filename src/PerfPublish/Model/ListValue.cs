using System.Collections.Immutable;
using PerfPublish.Diagnostics;
using PerfPublish.Forms;

namespace PerfPublish.Model;

public sealed record ListValue(FieldDefinition Field, ImmutableArray<string> Items, SourceLocation At) : FieldValue(Field, At);

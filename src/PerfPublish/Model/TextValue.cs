using PerfPublish.Diagnostics;
using PerfPublish.Forms;

namespace PerfPublish.Model;

/// <summary>text, markdown and period values: the trimmed text as written.</summary>
public sealed record TextValue(FieldDefinition Field, string Text, SourceLocation At) : FieldValue(Field, At);

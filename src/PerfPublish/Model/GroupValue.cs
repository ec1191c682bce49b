using System.Collections.Immutable;
using PerfPublish.Forms;

namespace PerfPublish.Model;

/// <summary>A group's fields, or a table row's or indicator row's cells, in the definition's order.</summary>
public sealed record GroupValue(FieldDefinition Field, ImmutableArray<FieldValue> Values, Origin Origin) : FieldValue(Field, Origin.At)
{
    public FieldValue? this[string key] => Values.FirstOrDefault(v => v.Field.Key == key);

    /// <summary>The text of a cell (a number as the form prints it), "" when absent.</summary>
    public string Text(string key) => Print(this[key]);
}

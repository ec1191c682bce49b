using PerfPublish.Diagnostics;
using PerfPublish.Forms;

namespace PerfPublish.Model;

/// <summary>
/// A value of one field of a form, as its profile's definition typed it; a small closed set, like the
/// document tree's blocks. Each keeps its definition (for the rules: roles, labels) and where it was written.
/// </summary>
public abstract record FieldValue(FieldDefinition Field, SourceLocation At)
{
    /// <summary>A text as written, a number as the form prints it (its profile's print:); "" for anything else or nothing.</summary>
    public static string Print(FieldValue? value) => value switch
    {
        TextValue text => text.Text,
        NumberValue number => number.Printed,
        _ => "",
    };
}

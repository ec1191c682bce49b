using PerfPublish.Diagnostics;
using PerfPublish.Forms;

namespace PerfPublish.Model;

/// <summary>amount and percentage values.</summary>
public sealed record NumberValue(FieldDefinition Field, decimal Number, SourceLocation At) : FieldValue(Field, At)
{
    /// <summary>An amount's text as the office typed it ("250万", "1,250.00"); null for a number written in code.</summary>
    public string? Typed { get; init; }

    /// <summary>The unit typed with an amount ("万" of "250万"), for the rule that checks it against the currency unit.</summary>
    public string? Unit { get; init; }

    /// <summary>The number as the profile prints it (print: in form.yaml; by default to the fen, 6 → 6.00).</summary>
    public string Printed => Field.Print.Print(Number, Typed);
}

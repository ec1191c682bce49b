using System.Collections.Immutable;
using PerfPublish.Diagnostics;

namespace PerfPublish.Forms;

/// <summary>
/// One field of a form, as templates/forms/&lt;id&gt;/form.yaml declares it. Groups nest <see cref="Fields"/>;
/// indicator trees and tables have <see cref="Columns"/>. Path is the dotted key path from the record's root.
/// </summary>
public sealed record FieldDefinition(
    string Key,
    string Path,
    string Label,
    FieldType Type,
    bool Required,
    string? Description,
    int? MaxLength,
    string? Data,
    ColumnRole Role,
    ImmutableArray<FieldDefinition> Fields,
    ImmutableArray<FieldDefinition> Columns,
    string? Total,
    SourceLocation At)
{
    /// <summary>The open-data column's title ({currency} stands for the currency unit); by default the label, with （万元） or （%）.</summary>
    public string? DataTitle { get; init; }

    /// <summary>The open-data column's description in datapackage.json (English); by default the description or the label.</summary>
    public string? DataNote { get; init; }

    /// <summary>How an amount field prints (form.yaml print:); the seed's way, to the fen, unless the profile says otherwise.</summary>
    public AmountPrint Print { get; init; } = AmountPrint.Default;

    /// <summary>Other ways offices print the label (实施期目标 for 中期目标): import recognises a cell by any of them.</summary>
    public ImmutableArray<string> Aliases { get; init; } = [];

    /// <summary>The label and its aliases: every way a form prints this field.</summary>
    public ImmutableArray<string> Labels => [Label, .. Aliases];

    /// <summary>The open-data column name: the declared one, else the path joined by underscores.</summary>
    public string DataName => Data ?? Path.Replace('.', '_');

    public bool IsScalar => Type is FieldType.Text or FieldType.Markdown or FieldType.Amount or FieldType.Percentage or FieldType.Period;

    public bool IsNumber => Type is FieldType.Amount or FieldType.Percentage;
}

using System.Collections.Immutable;
using System.Globalization;
using PerfPublish.Compose;
using PerfPublish.Forms;
using PerfPublish.Model;

namespace PerfPublish.Write.Data;

/// <summary>
/// The publication's form records as open data, laid out by their profiles' definitions: one row per
/// record with its scalar fields (the seed's budgets: budget and spending plan), one row per 三级指标 of each
/// indicator tree, one row per row of each table. Each row carries the year and unit code, so the files of
/// many publications can be stacked into one table.
/// </summary>
public static class OpenDataTables
{
    private static readonly DataField Year = new("year", ColumnType.Integer, "预算年度", "The budget year of the publication.");
    private static readonly DataField UnitCode = new("unit_code", ColumnType.String, "单位编码", "The code of the budget unit.");
    private static readonly DataField ProjectOrder = new("project_order", ColumnType.Integer, "序号", "The project's number in the publication (1, 2, …).");

    /// <summary>The seed's two tables (of the profile hebei-project-2021), which the site stacks across publications.</summary>
    public const string BudgetsName = "budgets";
    public const string IndicatorsName = "indicators";

    /// <summary>Whose rows a table holds: the publication's year and unit go into every row, its slug into the file name.</summary>
    private sealed record Source(string Slug, string CurrencyUnit, int Year, string UnitCode)
    {
        public static Source Of(Publication publication) => new(publication.Slug, publication.CurrencyUnit, publication.Year, publication.Unit.Code);
    }

    public static IReadOnlyList<DataTable> All(Publication publication)
    {
        var source = Source.Of(publication);
        var tables = new List<DataTable>();
        if (publication.Forms.Project is { } project && !publication.Projects.IsEmpty)
            tables.AddRange(Tables(source, project, [.. publication.Projects.Select(p => (p.Order, p.Record))]));
        if (publication.Department is { } department)
            tables.AddRange(Tables(source, department.Profile, [(0, department)]));
        return tables;
    }

    /// <summary>The name, file name and title of each table <see cref="All"/> writes, without making their rows.</summary>
    public static IReadOnlyList<DataTable> Titles(Publication publication)
    {
        var source = Source.Of(publication);
        var tables = new List<DataTable>();
        if (publication.Forms.Project is { } project && !publication.Projects.IsEmpty) tables.AddRange(Tables(source, project, []));
        if (publication.Department is { } department) tables.AddRange(Tables(source, department.Profile, []));
        return tables;
    }

    /// <summary>
    /// The tables of a project profile without their rows, as a publication with that form writes them:
    /// what the site-wide tables stacked from the publications' own files are described by.
    /// </summary>
    public static IReadOnlyList<DataTable> Schemas(FormProfile profile, string slug, string currencyUnit) =>
        [.. Tables(new Source(slug, currencyUnit, 0, ""), profile, [])];

    private static IEnumerable<DataTable> Tables(Source publication, FormProfile profile, ImmutableArray<(int Order, FormRecord Record)> records)
    {
        yield return RecordsTable(publication, profile, records);
        foreach (var field in profile.AllFields)
        {
            if (field.Type == FieldType.Indicators) yield return TreeTable(publication, profile, field, records);
            if (field.Type == FieldType.Table) yield return RowsTable(publication, profile, field, records);
        }
    }

    private static DataTable RecordsTable(Source publication, FormProfile profile, ImmutableArray<(int Order, FormRecord Record)> records)
    {
        var scalars = profile.AllFields.Where(f => f.IsScalar).ToList();
        ImmutableArray<DataField> fields = [.. Keys(profile, withName: false), .. scalars.Select(f => Column(f, publication.CurrencyUnit))];
        var rows = records.Select(r => Row(publication, profile, r, withName: false, scalars.Select(f => Cell(r.Record.Find(f.Path)))));
        var key = profile.Kind == FormKind.Project && profile.Summary.Code is { } code ? [profile.Find(code)!.DataName] : ImmutableArray<string>.Empty;
        return new DataTable(profile.Data.Name, $"{publication.Slug}-{profile.Data.Name}.csv", profile.Data.Title, fields, [.. rows], key);
    }

    private static DataTable TreeTable(Source publication, FormProfile profile, FieldDefinition tree, ImmutableArray<(int Order, FormRecord Record)> records)
    {
        ImmutableArray<DataField> fields =
        [
            .. Keys(profile, withName: true),
            new("level1", ColumnType.String, "一级指标", "First-level indicator."),
            new("level2", ColumnType.String, "二级指标", "Second-level indicator."),
            new("level3", ColumnType.String, "三级指标", "Third-level indicator: the row's own indicator."),
            .. tree.Columns.Select(c => Column(c, publication.CurrencyUnit)),
        ];
        var rows =
            from record in records
            where record.Record.Find(tree.Path) is IndicatorTree
            from first in ((IndicatorTree)record.Record.Find(tree.Path)!).Levels
            from second in first.Groups
            from item in second.Items
            select Row(publication, profile, record, withName: true,
                [first.Name, second.Name, item.Name, .. tree.Columns.Select(c => Cell(item.Cells[c.Key]))]);
        return new DataTable(tree.DataName, $"{publication.Slug}-{tree.DataName}.csv", tree.DataTitle ?? tree.Label, fields, [.. rows], [],
            ForeignKeyTo(profile));
    }

    private static DataTable RowsTable(Source publication, FormProfile profile, FieldDefinition table, ImmutableArray<(int Order, FormRecord Record)> records)
    {
        ImmutableArray<DataField> fields = [.. Keys(profile, withName: true), .. table.Columns.Select(c => Column(c, publication.CurrencyUnit))];
        var rows =
            from record in records
            where record.Record.Find(table.Path) is TableValue
            from row in ((TableValue)record.Record.Find(table.Path)!).Rows
            select Row(publication, profile, record, withName: true, table.Columns.Select(c => Cell(row[c.Key])));
        return new DataTable(table.DataName, $"{publication.Slug}-{table.DataName}.csv", table.DataTitle ?? table.Label, fields, [.. rows], [],
            ForeignKeyTo(profile));
    }

    /// <summary>The columns every row starts with: year, unit code, and for projects the order, code (and name).</summary>
    private static IEnumerable<DataField> Keys(FormProfile profile, bool withName)
    {
        yield return Year;
        yield return UnitCode;
        if (profile.Kind != FormKind.Project) yield break;
        yield return ProjectOrder;
        if (!withName) yield break;
        if (profile.Summary.Code is { } code) yield return Column(profile.Find(code)!, "");
        yield return Column(profile.Find(profile.Summary.Name)!, "");
    }

    private static ImmutableArray<string> Row(Source publication, FormProfile profile, (int Order, FormRecord Record) record, bool withName, IEnumerable<string> cells)
    {
        var row = new List<string> { Integer(publication.Year), publication.UnitCode };
        if (profile.Kind == FormKind.Project)
        {
            row.Add(Integer(record.Order));
            if (withName && profile.Summary.Code is { } code) row.Add(record.Record.Text(code));
            if (withName) row.Add(record.Record.Text(profile.Summary.Name));
        }
        row.AddRange(cells);
        return [.. row];
    }

    private static ForeignKey? ForeignKeyTo(FormProfile profile) =>
        profile.Kind == FormKind.Project && profile.Summary.Code is { } code
            ? new ForeignKey([profile.Find(code)!.DataName], profile.Data.Name, [profile.Find(code)!.DataName])
            : null;

    private static DataField Column(FieldDefinition field, string currency) => new(
        field.DataName,
        field.IsNumber ? ColumnType.Number : ColumnType.String,
        field.DataTitle?.Replace("{currency}", currency, StringComparison.Ordinal) ?? field.Type switch
        {
            // A 分值 (role: score) is a weight, not money.
            FieldType.Amount when field.Role != ColumnRole.Score => $"{field.Label}（{currency}）",
            FieldType.Percentage => $"{field.Label}（%）",
            _ => field.Label,
        },
        field.DataNote?.Replace("{currency}", currency, StringComparison.Ordinal) ?? field.Description ?? field.Label,
        // An optional field (required: false in the profile) may leave its cell empty.
        field.Required);

    private static string Cell(FieldValue? value) => value switch
    {
        NumberValue number => Amount(number.Number),
        TextValue text => text.Text,
        ListValue list => string.Join("\n", list.Items),
        _ => "",
    };

    private static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Amounts and percentages as the page prints them (6.00), with a point, whatever the culture.</summary>
    private static string Amount(decimal value) => TemplateFunctions.Amount(value);
}

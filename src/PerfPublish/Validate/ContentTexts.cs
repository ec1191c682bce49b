using PerfPublish.Model;

namespace PerfPublish.Validate;

/// <summary>Every text of a publication's YAML files, for rules that look at all of them alike.</summary>
public static class ContentTexts
{
    public static IEnumerable<ContentText> Of(Publication p)
    {
        yield return new("title", p.Title, p.Origin.Of("title"));
        yield return new("unit.code", p.Unit.Code, p.Origin.Of("unit.code"));
        yield return new("unit.name", p.Unit.Name, p.Origin.Of("unit.name"));
        if (p.Category is { } category) yield return new("category", category, p.Origin.Of("category"));
        yield return new("currency_unit", p.CurrencyUnit, p.Origin.Of("currency_unit"));
        yield return new("framework", p.Framework, p.Origin.Of("framework"));
        foreach (var o in p.Objectives)
        foreach (var (key, text) in new[] { ("name", o.Name), ("goal", o.Goal), ("indicator", o.Indicator) })
            yield return new(key, text, o.Origin.Of(key));
        foreach (var text in FormRecords.Of(p).SelectMany(Of)) yield return text;
    }

    /// <summary>The texts of one form record: text fields, list items, table cells, indicator names and cells.</summary>
    private static IEnumerable<ContentText> Of(FormRecord record)
    {
        foreach (var value in record.All)
        {
            switch (value)
            {
                case TextValue text:
                    yield return new(text.Field.Key, text.Text, text.At);
                    break;
                case ListValue list:
                    foreach (var item in list.Items) yield return new(list.Field.Key, item, list.At);
                    break;
                case TableValue table:
                    foreach (var cell in table.Rows.SelectMany(r => r.Values).OfType<TextValue>())
                        yield return new(cell.Field.Key, cell.Text, cell.At);
                    break;
                case IndicatorTree tree:
                    foreach (var text in Of(tree)) yield return text;
                    break;
            }
        }
    }

    private static IEnumerable<ContentText> Of(IndicatorTree tree)
    {
        foreach (var first in tree.Levels)
        {
            yield return new("level1", first.Name, first.Origin.Of("level1"));
            foreach (var second in first.Groups)
            {
                yield return new("level2", second.Name, second.Origin.Of("level2"));
                foreach (var row in second.Items)
                {
                    yield return new("level3", row.Name, row.Origin.Of("level3"));
                    foreach (var cell in row.Cells.Values.OfType<TextValue>()) yield return new(cell.Field.Key, cell.Text, cell.At);
                }
            }
        }
    }
}

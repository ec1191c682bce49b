namespace PerfPublish.Write.Docx;

/// <summary>
/// A template's column weights, widened where a label column is too narrow for the words of its labels: a label
/// breaks between words (LabelLines), so a column must hold the longest word of the labels in it. The width is
/// taken from the other columns in proportion to what each has beyond its own longest word (up to four ems), so
/// no column is squeezed below what it needs itself. A form whose columns cannot all get that prints as the
/// template says, and the PDF checks name the label that breaks.
/// </summary>
internal static class DocxColumnWidths
{
    private const double LongestLabelWord = 8;   // a "word" longer than this is a phrase the segmenter did not know
    private const double ValueFloor = 2;          // ems every value column keeps
    private const double LongestValueWord = 4;    // a value column needs no more than this for its own words

    public static int[] Fit(Model.Table table, int[] widths)
    {
        var needs = Needs(table, widths);
        var lacking = Enumerable.Range(0, widths.Length).Select(c => Math.Max(0, needs[c] - widths[c])).ToArray();
        var spare = Enumerable.Range(0, widths.Length).Select(c => Math.Max(0, widths[c] - needs[c])).ToArray();
        var wanted = lacking.Sum();
        if (wanted == 0 || spare.Sum() == 0) return widths;

        var given = Math.Min(wanted, spare.Sum());
        var fitted = widths.Select((w, c) => w + (int)((long)lacking[c] * given / wanted) - (int)((long)spare[c] * given / spare.Sum())).ToArray();
        var widest = Array.IndexOf(fitted, fitted.Max());
        fitted[widest] += widths.Sum() - fitted.Sum();   // the rounding rest, where it is least seen
        return fitted;
    }

    /// <summary>
    /// Each column's need in twentieths of a point, from the single-column cells that start in it: the longest word of
    /// its labels (header cells), of its values' lines up to four ems, at least two ems; a column no such cell starts in needs what it has.
    /// </summary>
    private static int[] Needs(Model.Table table, int[] widths)
    {
        var count = widths.Length;
        var cells = Model.TableGrid.Of(table);
        var ems = new double?[count];
        for (var r = 0; r < table.Rows.Length; r++)
            for (var i = 0; i < table.Rows[r].Cells.Length; i++)
            {
                var cell = table.Rows[r].Cells[i];
                var column = cells.Start(r, i);
                if (cell.ColumnSpan != 1 || column >= count) continue;
                ems[column] = Math.Max(ems[column] ?? 0, cell.IsHeader ? Math.Min(LongestWord(cell), LongestLabelWord) : Math.Min(LongestLine(cell), LongestValueWord));
            }

        // A column only spanning cells cross (the 12 narrow columns of a 项目基本信息 block) neither gives nor takes.
        return [.. ems.Select((e, c) => e is { } own ? DocxRowHeights.Width(Math.Max(own, ValueFloor)) : widths[c])];
    }

    /// <summary>The width of a cell starting in <paramref name="column"/> over <paramref name="span"/> grid columns.</summary>
    public static int Across(int[] grid, int column, int span) => grid.Skip(column).Take(span).Sum();

    private static double LongestWord(Model.TableCell cell) => Lines(cell).SelectMany(LabelLines.Words).Select(LabelLines.Ems).DefaultIfEmpty(0).Max();

    /// <summary>A value's need is capped at four ems, which nearly any line of prose reaches: its lines are measured, not segmented.</summary>
    private static double LongestLine(Model.TableCell cell) => Lines(cell).Select(LabelLines.Ems).DefaultIfEmpty(0).Max();

    private static IEnumerable<string> Lines(Model.TableCell cell) =>
        cell.Content.OfType<Model.Paragraph>().SelectMany(p => Model.Inline.PlainText(p.Content).Split('\n'));
}

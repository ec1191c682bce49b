using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Model = PerfPublish.Model;

namespace PerfPublish.Write.Docx;

/// <summary>
/// Tables with real merges: a column span becomes w:gridSpan, a row span w:vMerge "restart" in its
/// first row and a "continue" cell in each row below, as Word itself writes merged cells.
/// Borders, cell margins and fonts come from the reference document's "PerfTable" style.
/// Pagination: no row splits across pages; header rows repeat and stay with the first body row;
/// a 一级指标's rows stay on one page, or print its label again where they go on (TablePages);
/// a table without a header row (a form) keeps its rows on one page where they fit.
/// </summary>
internal sealed class DocxTables(DocxBlocks blocks, TypeArea area)
{
    /// <summary>A "Table Gap" paragraph between two tables that follow each other, so they stay two tables.</summary>
    public static IEnumerable<OpenXmlElement> SeparateAdjacent(IEnumerable<OpenXmlElement> elements)
    {
        OpenXmlElement? previous = null;
        foreach (var element in elements)
        {
            if (previous is Table && element is Table)
                yield return new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TableGap" }));
            yield return element;
            previous = element;
        }
    }

    public Table Write(Model.Table table)
    {
        var grid = GridWidths(table);
        var plan = TablePages.For(WithLabelLines(table, grid), grid, area.Height);
        table = plan.Table;
        var result = new Table(
            new TableProperties(
                new TableStyle { Val = "PerfTable" },
                new TableWidth { Type = TableWidthUnitValues.Dxa, Width = grid.Sum().ToString() },
                new TableJustification { Val = TableRowAlignmentValues.Center },
                // No w:tblCaption: it is Office 2010 markup, and the file must validate as plain OOXML.
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(grid.Select(w => new GridColumn { Width = w.ToString() })));

        var pending = new PendingMerge[grid.Length];
        // A template that marks rows keep-with-next says itself which rows stay together (a one-table form
        // longer than a page: its first rows with its title); otherwise a form without header rows is kept whole
        // where it fits a page (a longer one would be broken anywhere: its groups are kept instead).
        var marked = table.Rows.Any(r => r.KeepWithNext);
        var keepTogether = !marked && !table.Rows.Any(r => r.IsHeader) && plan.FitsOnePage;
        for (var i = 0; i < table.Rows.Length; i++)
        {
            var row = Row(table.Rows[i], grid, pending);
            var isLast = i == table.Rows.Length - 1;
            if (table.Rows[i].IsHeader || table.Rows[i].KeepWithNext || plan.KeepWithNext[i] || (keepTogether && !isLast)) KeepWithNextRow(row);
            result.Append(row);
        }

        return result;
    }

    /// <summary>
    /// Each label (a header cell of plain text) wider than its column broken into lines between words (LabelLines):
    /// Word and LibreOffice would break it after any character.
    /// </summary>
    private static Model.Table WithLabelLines(Model.Table table, int[] grid)
    {
        var columns = CellColumns.Of(table);
        var rows = table.Rows.Select((row, r) => row with
        {
            Cells = [.. row.Cells.Select((cell, i) => cell.IsHeader && columns[r][i] < grid.Length
                ? Broken(cell, DocxRowHeights.PerLine(CellColumns.Width(grid, columns[r][i], cell.ColumnSpan))) : cell)],
        });
        return table with { Rows = [.. rows] };
    }

    private static Model.TableCell Broken(Model.TableCell cell, double perLine)
    {
        if (cell.Content is not [Model.Paragraph { Content: var inlines } paragraph] || !inlines.All(i => i is Model.Text)) return cell;
        var lines = LabelLines.Break(Model.Inline.PlainText(inlines), perLine);
        if (lines.Count < 2) return cell;
        var broken = lines.SelectMany((line, i) => i == 0 ? new Model.Inline[] { new Model.Text(line) } : [new Model.LineBreak(), new Model.Text(line)]);
        return cell with { Content = [paragraph with { Content = [.. broken] }] };
    }

    /// <summary>Word keeps a row on the page of the next one when every paragraph in it has w:keepNext.</summary>
    private static void KeepWithNextRow(TableRow row)
    {
        foreach (var paragraph in row.Descendants<Paragraph>())
        {
            var properties = paragraph.ParagraphProperties ?? paragraph.PrependChild(new ParagraphProperties());
            properties.AddChild(new KeepNext(), throwOnError: true);
        }
    }

    /// <summary>Relative column weights scaled to the text width; the last column takes the rounding rest.</summary>
    private int[] GridWidths(Model.Table table)
    {
        var weights = table.ColumnWidths.IsDefaultOrEmpty ? [.. Enumerable.Repeat(1, ColumnCount(table))] : table.ColumnWidths.ToArray();
        var total = weights.Sum();
        var widths = weights.Select(w => area.Width * w / total).ToArray();
        widths[^1] += area.Width - widths.Sum();
        return DocxColumnWidths.Fit(table, widths);
    }

    private static int ColumnCount(Model.Table table) => table.Rows.Max(r => r.Cells.Sum(c => c.ColumnSpan));

    private TableRow Row(Model.TableRow row, int[] grid, PendingMerge[] pending)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (row.IsHeader) properties.Append(new TableHeader());
        var result = new TableRow(properties);

        var column = 0;
        foreach (var cell in row.Cells)
        {
            column = ContinueMerges(result, grid, pending, column);
            if (column >= grid.Length) break;
            result.Append(Cell(cell, CellColumns.Width(grid, column, cell.ColumnSpan), cell.ColumnSpan, cell.RowSpan > 1 ? MergedCellValues.Restart : null));
            pending[column] = new PendingMerge(cell.RowSpan - 1, cell.ColumnSpan);
            column += cell.ColumnSpan;
        }

        ContinueMerges(result, grid, pending, column, toEnd: true);
        return result;
    }

    /// <summary>Appends a "continue" cell wherever a cell from a row above still spans down.</summary>
    private int ContinueMerges(TableRow row, int[] grid, PendingMerge[] pending, int column, bool toEnd = false)
    {
        while (column < grid.Length && (pending[column].RowsLeft > 0 || toEnd))
        {
            var merge = pending[column];
            if (merge.RowsLeft <= 0)
            {
                column++;
                continue;
            }

            row.Append(Cell(null, CellColumns.Width(grid, column, merge.Columns), merge.Columns, MergedCellValues.Continue));
            pending[column] = merge with { RowsLeft = merge.RowsLeft - 1 };
            column += merge.Columns;
        }

        return column;
    }

    private TableCell Cell(Model.TableCell? cell, int width, int span, MergedCellValues? merge)
    {
        var properties = new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = width.ToString() });
        if (span > 1) properties.Append(new GridSpan { Val = span });
        if (merge is not null) properties.Append(new VerticalMerge { Val = merge });
        properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });

        var justification = cell?.Alignment == Model.CellAlignment.Left ? JustificationValues.Both : JustificationValues.Center;
        var content = cell is null ? [] : blocks.InCell(cell.Content, justification).ToList();
        if (content.Count == 0) content.Add(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TableText" })));
        return new TableCell(content.Prepend(properties));
    }

    private readonly record struct PendingMerge(int RowsLeft, int Columns);
}

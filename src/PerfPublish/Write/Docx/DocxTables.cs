using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Model = PerfPublish.Model;

namespace PerfPublish.Write.Docx;

/// <summary>
/// Tables with real merges: a column span becomes w:gridSpan, a row span w:vMerge "restart" in its
/// first row and a "continue" cell in each row below, as Word itself writes merged cells.
/// Borders, cell margins and fonts come from the reference document's "PerfTable" style.
/// </summary>
internal sealed class DocxTables(DocxBlocks blocks, int textWidth)
{
    public Table Write(Model.Table table)
    {
        var grid = GridWidths(table);
        var result = new Table(
            new TableProperties(
                new TableStyle { Val = "PerfTable" },
                new TableWidth { Type = TableWidthUnitValues.Dxa, Width = grid.Sum().ToString() },
                new TableJustification { Val = TableRowAlignmentValues.Center },
                // No w:tblCaption: it is Office 2010 markup, and the file must validate as plain OOXML.
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(grid.Select(w => new GridColumn { Width = w.ToString() })));

        var pending = new PendingMerge[grid.Length];
        foreach (var row in table.Rows) result.Append(Row(row, grid, pending));
        return result;
    }

    /// <summary>Relative column weights scaled to the text width; the last column takes the rounding rest.</summary>
    private int[] GridWidths(Model.Table table)
    {
        var weights = table.ColumnWidths.IsDefaultOrEmpty ? [.. Enumerable.Repeat(1, ColumnCount(table))] : table.ColumnWidths.ToArray();
        var total = weights.Sum();
        var widths = weights.Select(w => textWidth * w / total).ToArray();
        widths[^1] += textWidth - widths.Sum();
        return widths;
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
            result.Append(Cell(cell, Width(grid, column, cell.ColumnSpan), cell.ColumnSpan, cell.RowSpan > 1 ? MergedCellValues.Restart : null));
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

            row.Append(Cell(null, Width(grid, column, merge.Columns), merge.Columns, MergedCellValues.Continue));
            pending[column] = merge with { RowsLeft = merge.RowsLeft - 1 };
            column += merge.Columns;
        }

        return column;
    }

    private static int Width(int[] grid, int column, int span) => grid.Skip(column).Take(span).Sum();

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

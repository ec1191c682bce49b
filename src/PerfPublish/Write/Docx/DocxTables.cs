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
internal sealed class DocxTables(DocxBlocks blocks, WordXml xml, TypeArea area)
{
    public void Write(Model.Table table)
    {
        var grid = GridWidths(table);
        var plan = TablePages.For(WithLabelLines(table, grid), grid, area.Height);
        xml.Start("tbl");
        Properties(grid);
        Rows(plan, grid);
        xml.End();
    }

    /// <summary>The table's style, width, centring and fixed grid of column widths.</summary>
    private void Properties(int[] grid)
    {
        xml.Start("tblPr");
        xml.Empty("tblStyle", "val", "PerfTable");
        xml.Empty("tblW", "w", Number(grid.Sum()), "type", "dxa");
        xml.Empty("jc", "val", "center");
        // No w:tblCaption: it is Office 2010 markup, and the file must validate as plain OOXML.
        xml.Empty("tblLayout", "type", "fixed");
        xml.End();
        xml.Start("tblGrid");
        foreach (var width in grid) xml.Empty("gridCol", "w", Number(width));
        xml.End();
    }

    /// <summary>The rows of the planned table, each kept with the next one where the plan or the form says so.</summary>
    private void Rows(TablePages.Plan plan, int[] grid)
    {
        var table = plan.Table;
        // A template that marks rows keep-with-next says itself which rows stay together (a one-table form
        // longer than a page: its first rows with its title); otherwise a form without header rows is kept whole
        // where it fits a page (a longer one would be broken anywhere: its groups are kept instead).
        var marked = table.Rows.Any(r => r.KeepWithNext);
        var keepTogether = !marked && !table.Rows.Any(r => r.IsHeader) && plan.FitsOnePage;
        var outside = blocks.KeepWithNext;
        for (var i = 0; i < table.Rows.Length; i++)
        {
            var isLast = i == table.Rows.Length - 1;
            blocks.KeepWithNext = outside || table.Rows[i].IsHeader || table.Rows[i].KeepWithNext || plan.KeepWithNext[i] || (keepTogether && !isLast);
            Row(table, i, grid);
        }

        blocks.KeepWithNext = outside;
    }

    /// <summary>
    /// Each label (a header cell of plain text) wider than its column broken into lines between words (LabelLines):
    /// Word and LibreOffice would break it after any character.
    /// </summary>
    private static Model.Table WithLabelLines(Model.Table table, int[] grid)
    {
        var cells = Model.TableGrid.Of(table);
        var rows = table.Rows.Select((row, r) => row with
        {
            Cells = [.. row.Cells.Select((cell, i) => cell.IsHeader && cells.Start(r, i) < grid.Length
                ? Broken(cell, DocxRowHeights.PerLine(DocxColumnWidths.Across(grid, cells.Start(r, i), cell.ColumnSpan))) : cell)],
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

    /// <summary>Relative column weights scaled to the text width; the last column takes the rounding rest.</summary>
    private int[] GridWidths(Model.Table table)
    {
        var weights = table.ColumnWidths.IsDefaultOrEmpty ? [.. Enumerable.Repeat(1, Model.TableGrid.Of(table).Columns)] : table.ColumnWidths.ToArray();
        var total = weights.Sum();
        var widths = weights.Select(w => area.Width * w / total).ToArray();
        widths[^1] += area.Width - widths.Sum();
        return DocxColumnWidths.Fit(table, widths);
    }

    /// <summary>
    /// One Word row: in column order, each cell that starts on the row, and a "continue" cell wherever a cell from
    /// a row above spans down. A cell past the grid's last column has no place in the Word table.
    /// </summary>
    private void Row(Model.Table table, int row, int[] grid)
    {
        xml.Start("tr");
        xml.Start("trPr");
        xml.Empty("cantSplit");
        if (table.Rows[row].IsHeader) xml.Empty("tblHeader");
        xml.End();

        var cells = Model.TableGrid.Of(table);
        for (var column = 0; column < grid.Length;)
        {
            if (cells.Covering(row, column) is not { } at)
            {
                column++;
                continue;
            }

            var cell = table.Rows[at.Row].Cells[at.Cell];
            var width = DocxColumnWidths.Across(grid, column, cell.ColumnSpan);
            if (at.Row == row) Cell(cell, width, cell.ColumnSpan, cell.RowSpan > 1 ? "restart" : null);
            else Cell(null, width, cell.ColumnSpan, "continue");
            column += cell.ColumnSpan;
        }

        xml.End();
    }

    private void Cell(Model.TableCell? cell, int width, int span, string? merge)
    {
        xml.Start("tc");
        xml.Start("tcPr");
        xml.Empty("tcW", "w", Number(width), "type", "dxa");
        if (span > 1) xml.Empty("gridSpan", "val", Number(span));
        if (merge is not null) xml.Empty("vMerge", "val", merge);
        xml.Empty("vAlign", "val", "center");
        xml.End();

        var justification = cell?.Alignment == Model.CellAlignment.Left ? "both" : "center";
        if (cell is not null) blocks.InCell(cell.Content, justification);
        // A cell holds at least one paragraph.
        if (xml.Children == 1) blocks.Paragraph(new ParagraphLook("TableText"));
        xml.End();
    }

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

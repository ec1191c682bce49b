using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfPublish.Review;

/// <summary>
/// Merges two versions of a container's blocks (the body's, or a table cell's) into one list with revisions.
/// Blocks equal on both sides are kept as they are; in between, paragraphs of the same style and tables of
/// the same grid are paired in order and merged inside (<see cref="ParagraphMerge"/>, rows and cells), and
/// the rest is marked whole as inserted or deleted (the deletions first, as Word shows them).
/// </summary>
internal sealed class BlockMerge(RevisionMarks marks)
{
    private readonly RevisedContent _revised = new(marks);

    public List<OpenXmlElement> Merge(IReadOnlyList<OpenXmlElement> old, IReadOnlyList<OpenXmlElement> @new)
    {
        var merged = new List<OpenXmlElement>();
        foreach (var hunk in SequenceDiff.Of([.. old.Select(Key)], [.. @new.Select(Key)]))
        {
            if (hunk.IsSame) merged.AddRange(@new.Skip(hunk.NewStart).Take(hunk.NewCount).Select(e => e.CloneNode(true)));
            else Region([.. old.Skip(hunk.OldStart).Take(hunk.OldCount)], [.. @new.Skip(hunk.NewStart).Take(hunk.NewCount)], merged);
        }
        KeepLastMark(merged);
        return merged;
    }

    private void Region(List<OpenXmlElement> old, List<OpenXmlElement> @new, List<OpenXmlElement> merged)
    {
        foreach (var hunk in SequenceDiff.Of([.. old.Select(Kind)], [.. @new.Select(Kind)]))
        {
            if (hunk.IsSame)
            {
                for (var i = 0; i < hunk.OldCount; i++) merged.Add(Pair(old[hunk.OldStart + i], @new[hunk.NewStart + i]));
                continue;
            }
            merged.AddRange(old.Skip(hunk.OldStart).Take(hunk.OldCount).SelectMany(Deleted));
            merged.AddRange(@new.Skip(hunk.NewStart).Take(hunk.NewCount).Select(Inserted));
        }
    }

    private OpenXmlElement Pair(OpenXmlElement old, OpenXmlElement @new) => (old, @new) switch
    {
        (Paragraph o, Paragraph n) => new ParagraphMerge(marks).Merge(o, n),
        (Table o, Table n) => MergeTable(o, n),
        // Nothing else is written at this level by the Word writer; the new one stands.
        _ => @new.CloneNode(true),
    };

    private IEnumerable<OpenXmlElement> Deleted(OpenXmlElement old) => old switch
    {
        Paragraph paragraph => [_revised.DeletedParagraph(paragraph)],
        Table table => [_revised.DeletedTable(table)],
        _ => [],
    };

    private OpenXmlElement Inserted(OpenXmlElement @new) => @new switch
    {
        Paragraph paragraph => _revised.InsertedParagraph(paragraph),
        Table table => _revised.InsertedTable(table),
        _ => @new.CloneNode(true),
    };

    /// <summary>The new table's properties and grid; its rows paired with the old ones as blocks are, cells merged one by one.</summary>
    private Table MergeTable(Table old, Table @new)
    {
        var table = new Table(@new.ChildElements.Where(e => e is not TableRow).Select(e => e.CloneNode(true)));
        var oldRows = old.Elements<TableRow>().ToList();
        var newRows = @new.Elements<TableRow>().ToList();
        foreach (var hunk in SequenceDiff.Of([.. oldRows.Select(Key)], [.. newRows.Select(Key)]))
        {
            if (hunk.IsSame)
            {
                table.Append(newRows.Skip(hunk.NewStart).Take(hunk.NewCount).Select(r => r.CloneNode(true)));
                continue;
            }
            var (o, n) = (oldRows.Skip(hunk.OldStart).Take(hunk.OldCount).ToList(), newRows.Skip(hunk.NewStart).Take(hunk.NewCount).ToList());
            foreach (var rows in SequenceDiff.Of([.. o.Select(Shape)], [.. n.Select(Shape)]))
            {
                if (rows.IsSame)
                {
                    for (var i = 0; i < rows.OldCount; i++) table.Append(MergeRow(o[rows.OldStart + i], n[rows.NewStart + i]));
                    continue;
                }
                table.Append(o.Skip(rows.OldStart).Take(rows.OldCount).Select(_revised.DeletedRow));
                table.Append(n.Skip(rows.NewStart).Take(rows.NewCount).Select(_revised.InsertedRow));
            }
        }
        return table;
    }

    private TableRow MergeRow(TableRow old, TableRow @new)
    {
        var row = new TableRow(@new.ChildElements.Where(e => e is not TableCell).Select(e => e.CloneNode(true)));
        foreach (var (o, n) in old.Elements<TableCell>().Zip(@new.Elements<TableCell>()))
        {
            var cell = new TableCell(n.Elements<TableCellProperties>().Select(p => p.CloneNode(true)));
            cell.Append(Merge(Content(o), Content(n)));
            row.Append(cell);
        }
        return row;
    }

    private static List<OpenXmlElement> Content(TableCell cell) => [.. cell.ChildElements.Where(e => e is not TableCellProperties)];

    /// <summary>
    /// A container's last paragraph mark cannot come or go (Word keeps it, and a cell must end in a paragraph).
    /// When the last paragraph is new, the mark that goes on reject is the one before it that the old side has;
    /// when it is old, the mark that goes on accept is the one before it that the new side has. Their contents
    /// then join the last paragraph, which is what the other side has there.
    /// </summary>
    private void KeepLastMark(List<OpenXmlElement> merged)
    {
        if (merged.LastOrDefault() is not Paragraph last) return;
        if (RevisedContent.HasMark<Inserted>(last) && Before(merged, p => !RevisedContent.HasMark<Inserted>(p)) is { } kept)
        {
            RevisedContent.Unmark<Inserted>(last);
            RevisedContent.Mark(kept, marks.Inserted());
        }
        else if (RevisedContent.HasMark<Deleted>(last) && Before(merged, p => !RevisedContent.HasMark<Deleted>(p)) is { } gone)
        {
            RevisedContent.Unmark<Deleted>(last);
            RevisedContent.Mark(gone, marks.Deleted());
        }
    }

    /// <summary>The nearest paragraph before the last that matches, looking back over paragraphs only (not past a table).</summary>
    private static Paragraph? Before(List<OpenXmlElement> merged, Func<Paragraph, bool> match)
    {
        for (var i = merged.Count - 2; i >= 0 && merged[i] is Paragraph paragraph; i--)
            if (match(paragraph)) return paragraph;
        return null;
    }

    /// <summary>A block's identity for equality: its XML, with bookmark ids (numbered per file) left out.</summary>
    internal static string Key(OpenXmlElement element)
    {
        if (!element.Descendants().Any(e => e is BookmarkStart or BookmarkEnd)) return element.OuterXml;
        var copy = element.CloneNode(true);
        foreach (var start in copy.Descendants<BookmarkStart>()) start.Id = "0";
        foreach (var end in copy.Descendants<BookmarkEnd>()) end.Id = "0";
        return copy.OuterXml;
    }

    /// <summary>What may be paired: a paragraph with one of the same style, a table with one of the same number of grid columns.</summary>
    private static string Kind(OpenXmlElement element) => element switch
    {
        Paragraph p => "p:" + p.ParagraphProperties?.ParagraphStyleId?.Val?.Value,
        Table t => "t:" + t.GetFirstChild<TableGrid>()?.Elements<GridColumn>().Count(),
        _ => "x:" + element.LocalName,
    };

    /// <summary>Rows pair when their cells span the same columns.</summary>
    private static string Shape(TableRow row) =>
        "r:" + string.Join(",", row.Elements<TableCell>().Select(c => c.TableCellProperties?.GridSpan?.Val?.Value ?? 1));
}

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfPublish.Review;

/// <summary>
/// Whole blocks that one side only has, marked as such: every run wrapped in w:ins or w:del, every table row's
/// properties and (outside a cell's end, see <see cref="BlockMerge"/>) every paragraph mark marked too.
/// Old content loses its bookmarks and hyperlinks (their names and targets belong to the old file); its text stays.
/// </summary>
internal sealed class RevisedContent(RevisionMarks marks)
{
    public Paragraph InsertedParagraph(Paragraph paragraph)
    {
        var copy = (Paragraph)paragraph.CloneNode(true);
        Insert(copy);
        Mark(copy, marks.Inserted());
        return copy;
    }

    public Paragraph DeletedParagraph(Paragraph paragraph)
    {
        var copy = (Paragraph)paragraph.CloneNode(true);
        Delete(copy);
        Mark(copy, marks.Deleted());
        return copy;
    }

    public OpenXmlElement InsertedTable(Table table)
    {
        var copy = table.CloneNode(true);
        foreach (var row in copy.Descendants<TableRow>()) Mark(row, marks.Inserted());
        Insert(copy);
        return copy;
    }

    public OpenXmlElement DeletedTable(Table table)
    {
        var copy = table.CloneNode(true);
        foreach (var row in copy.Descendants<TableRow>()) Mark(row, marks.Deleted());
        Delete(copy);
        return copy;
    }

    public TableRow InsertedRow(TableRow row)
    {
        var copy = (TableRow)row.CloneNode(true);
        foreach (var each in copy.Descendants<TableRow>().Prepend(copy)) Mark(each, marks.Inserted());
        Insert(copy);
        return copy;
    }

    public TableRow DeletedRow(TableRow row)
    {
        var copy = (TableRow)row.CloneNode(true);
        foreach (var each in copy.Descendants<TableRow>().Prepend(copy)) Mark(each, marks.Deleted());
        Delete(copy);
        return copy;
    }

    /// <summary>Every run inside in a w:ins, neighbouring runs in the same one.</summary>
    public void Insert(OpenXmlElement element) => Wrap(element, runs => marks.Insertion(runs.Select(r => r.CloneNode(true))));

    /// <summary>Every run inside as deleted text in a w:del; bookmarks dropped and hyperlinks unwrapped first.</summary>
    public void Delete(OpenXmlElement element)
    {
        foreach (var bookmark in element.Descendants().Where(e => e is BookmarkStart or BookmarkEnd).ToList()) bookmark.Remove();
        foreach (var link in element.Descendants<Hyperlink>().Reverse().ToList())
        {
            foreach (var child in link.ChildElements.ToList()) link.InsertBeforeSelf(child.CloneNode(true));
            link.Remove();
        }
        Wrap(element, runs => marks.Deletion(runs.Select(AsDeleted)));
    }

    /// <summary>Each stretch of neighbouring runs (not already in a w:ins or w:del) replaced by one wrapper.</summary>
    private static void Wrap(OpenXmlElement element, Func<List<Run>, OpenXmlElement> wrapper)
    {
        var parents = element.Descendants().Prepend(element)
            .Where(e => e is not InsertedRun and not DeletedRun && e.ChildElements.Any(c => c is Run)).ToList();
        foreach (var parent in parents)
        {
            var stretch = new List<Run>();
            foreach (var child in parent.ChildElements.ToList().Append(null))
            {
                if (child is Run run)
                {
                    stretch.Add(run);
                    continue;
                }
                if (stretch.Count == 0) continue;
                stretch[0].InsertBeforeSelf(wrapper(stretch));
                foreach (var done in stretch) done.Remove();
                stretch = [];
            }
        }
    }

    /// <summary>A run's text as w:delText and its field code as w:delInstrText, as Word writes a deleted run.</summary>
    public static Run AsDeleted(Run run)
    {
        var copy = (Run)run.CloneNode(true);
        foreach (var text in copy.Elements<Text>().ToList())
            copy.ReplaceChild(new DeletedText(text.Text) { Space = SpaceProcessingModeValues.Preserve }, text);
        foreach (var code in copy.Elements<FieldCode>().ToList())
            copy.ReplaceChild(new DeletedFieldCode(code.Text) { Space = SpaceProcessingModeValues.Preserve }, code);
        return copy;
    }

    /// <summary>Marks a paragraph's mark (w:pPr/w:rPr) as inserted or deleted; both make a mark neither side has.</summary>
    public static void Mark(Paragraph paragraph, OpenXmlElement mark)
    {
        var properties = paragraph.ParagraphProperties ?? paragraph.PrependChild(new ParagraphProperties());
        var run = properties.ParagraphMarkRunProperties ??= new ParagraphMarkRunProperties();
        // CT_ParaRPr: w:ins, then w:del, then the run properties.
        if (mark is Inserted) run.InsertAt(mark, 0);
        else if (run.GetFirstChild<Inserted>() is { } inserted) inserted.InsertAfterSelf(mark);
        else run.InsertAt(mark, 0);
    }

    public static void Unmark<T>(Paragraph paragraph) where T : OpenXmlElement =>
        paragraph.ParagraphProperties?.ParagraphMarkRunProperties?.GetFirstChild<T>()?.Remove();

    public static bool HasMark<T>(Paragraph paragraph) where T : OpenXmlElement =>
        paragraph.ParagraphProperties?.ParagraphMarkRunProperties?.GetFirstChild<T>() is not null;

    /// <summary>Marks a table row (w:trPr) as inserted or deleted.</summary>
    private static void Mark(TableRow row, OpenXmlElement mark)
    {
        var properties = row.GetFirstChild<TableRowProperties>();
        if (properties is null)
        {
            properties = new TableRowProperties();
            if (row.GetFirstChild<TablePropertyExceptions>() is { } exceptions) exceptions.InsertAfterSelf(properties);
            else row.PrependChild(properties);
        }
        properties.Append(mark);
    }
}

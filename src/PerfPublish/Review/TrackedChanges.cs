using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfPublish.Write;

namespace PerfPublish.Review;

/// <summary>
/// A Word file with the difference between two built documents as tracked revisions (w:ins and w:del), for
/// Word's and WPS's review pane: the new document, with what the old one had and the new lacks put back as
/// deletions and what is new marked as insertions. Accepting every revision gives the new document's text,
/// rejecting every one the old document's. Styles, page setup and everything else are the new document's.
/// </summary>
public static class TrackedChanges
{
    public static byte[] Between(byte[] oldDocx, byte[] newDocx, Revision revision)
    {
        using var old = WordprocessingDocument.Open(new MemoryStream(oldDocx), false);
        var oldBlocks = Blocks(old.MainDocumentPart!.Document.Body!);

        using var stream = new MemoryStream();
        stream.Write(newDocx);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var main = document.MainDocumentPart!;
            var body = main.Document.Body!;
            var section = body.Elements<SectionProperties>().LastOrDefault()?.CloneNode(true);
            var marks = new RevisionMarks(revision, FirstFreeId(body));
            var merged = new BlockMerge(marks).Merge(oldBlocks, Blocks(body));
            body.RemoveAllChildren();
            body.Append(merged);
            if (section is not null) body.Append(section);
            // The file is read, not published: Word must not refresh the TOC field, which would drop its revisions.
            main.DocumentSettingsPart?.Settings?.RemoveAllChildren<UpdateFieldsOnOpen>();
        }
        return DeterministicZip.Normalize(stream.ToArray());
    }

    private static List<OpenXmlElement> Blocks(OpenXmlElement container) =>
        [.. container.ChildElements.Where(e => e is not SectionProperties and not TableCellProperties).Select(e => e.CloneNode(true))];

    /// <summary>Revision ids share their number space with bookmarks in Word's eyes: they start above the document's.</summary>
    private static int FirstFreeId(Body body) =>
        body.Descendants<BookmarkStart>().Select(b => int.TryParse(b.Id?.Value, out var id) ? id : 0).DefaultIfEmpty(0).Max() + 1;
}

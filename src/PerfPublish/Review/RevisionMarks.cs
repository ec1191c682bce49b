using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfPublish.Review;

/// <summary>The w:ins and w:del marks of one review file, numbered in the order they are made, so the file is reproducible.</summary>
internal sealed class RevisionMarks(Revision revision, int firstId)
{
    private int _next = firstId;

    private string NextId() => (_next++).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private DateTime Date => revision.Date.UtcDateTime;

    public InsertedRun Insertion(IEnumerable<OpenXmlElement> runs) => new(runs) { Id = NextId(), Author = revision.Author, Date = Date };

    public DeletedRun Deletion(IEnumerable<OpenXmlElement> runs) => new(runs) { Id = NextId(), Author = revision.Author, Date = Date };

    public Inserted Inserted() => new() { Id = NextId(), Author = revision.Author, Date = Date };

    public Deleted Deleted() => new() { Id = NextId(), Author = revision.Author, Date = Date };
}

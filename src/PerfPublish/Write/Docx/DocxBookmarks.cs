namespace PerfPublish.Write.Docx;

/// <summary>Bookmark names for heading ids: Word's "_Toc" prefix hides them from the bookmark list.</summary>
internal static class DocxBookmarks
{
    public static string Name(string headingId)
    {
        var safe = new string(headingId.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray());
        var name = "_Toc_" + safe;
        return name.Length <= 40 ? name : name[..40];
    }
}

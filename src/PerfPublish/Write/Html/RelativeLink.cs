namespace PerfPublish.Write.Html;

/// <summary>
/// A link the site writes to one of its own files, from the page's folder. Always "./" first: a relative
/// address whose first part holds a ':' ("javascript:alert(1)/index.html") is read by browsers as a scheme,
/// and "./" makes every address a path, whatever the publication's folder is named (PublicationFolderNameRule
/// keeps those names slugs as well).
/// </summary>
public static class RelativeLink
{
    public static string To(string path) => "./" + path;
}

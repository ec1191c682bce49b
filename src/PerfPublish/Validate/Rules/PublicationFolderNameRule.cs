using System.Text.RegularExpressions;
using PerfPublish.Diagnostics;
using PerfPublish.Model;

namespace PerfPublish.Validate.Rules;

/// <summary>
/// PP0223: a publication's folder name (its path under content/, '/' written '-') is its slug, which names
/// its folder and files on the site and stands in every link to it: ASCII letters, digits, '-', '_' and '.',
/// not '.' first. Anything else can be read as something other than a path: "javascript:alert(1)" as a
/// scheme, "a b" or "a&amp;b" differently by different tools, ".x" as a hidden file, Chinese as percent-escapes.
/// The repository's content and the generated corpus use year-unitcode ("2021-632001").
/// </summary>
public sealed partial class PublicationFolderNameRule : IRule
{
    [GeneratedRegex("^[A-Za-z0-9_-][A-Za-z0-9._-]*$")]
    private static partial Regex Slug();

    public static bool IsSlug(string name) => Slug().IsMatch(name);

    public void Check(Publication publication, ValidationContext context, DiagnosticBag diagnostics)
    {
        if (!IsSlug(publication.Slug))
            // The name is the folder's, not any line's: reported at the start of its publication.yaml.
            diagnostics.ErrorOf(SourceLocation.StartOf(publication.Origin.At.File), Codes.PublicationFolderName, publication.Slug);
    }
}

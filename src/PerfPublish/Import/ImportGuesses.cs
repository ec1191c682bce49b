using System.Text.RegularExpressions;
using PerfPublish.Diagnostics;

namespace PerfPublish.Import;

/// <summary>
/// The title and year publication.yaml needs when the file does not print them where a title goes (a form published
/// alone, a cover typed as a picture). Never silently: a value taken from elsewhere is a warning naming the field and
/// where the value came from (the form's own title, the file's name); one with no source at all is left out, with a
/// warning, so that the check run after the import names it too.
/// </summary>
public static partial class ImportGuesses
{
    [GeneratedRegex(@"(?<year>(19|20)\d{2})\s*年?")]
    private static partial Regex Year();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();

    public static PublicationDraft Fill(PublicationDraft draft, string file, ImportReport report)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        var title = draft.Title;
        if (title is null)
        {
            (string? suggestion, string? source) = draft.FormTitle is { } form ? (form, Messages.Format("Import_FromFormTitle"))
                : Chinese().IsMatch(name) ? (name, Messages.Format("Import_FromFileName", Path.GetFileName(file))) : (null, null);
            title = suggestion;
            Say(report, "title", suggestion, source);
        }

        var year = draft.Year;
        if (year is null)
        {
            var (suggestion, source) = YearFrom(title, draft.FormTitle, file);
            year = suggestion;
            Say(report, "year", suggestion?.ToString(System.Globalization.CultureInfo.InvariantCulture), source);
        }

        var publication = draft.Publication with
        {
            Title = title ?? "",
            Year = year ?? 0,
            Unread = draft.Publication.Unread.Except([.. title is null ? Array.Empty<string>() : ["title"], .. year is null ? Array.Empty<string>() : ["year"]]),
        };
        return draft with { Publication = publication };
    }

    /// <summary>A year from the title, else the form's title, else the file's name, with where it came from.</summary>
    private static (int? Year, string? Source) YearFrom(string? title, string? formTitle, string file)
    {
        if (YearOf(title) is { } fromTitle) return (fromTitle, Messages.Format("Import_FromTitle"));
        if (YearOf(formTitle) is { } fromForm) return (fromForm, Messages.Format("Import_FromFormTitle"));
        if (YearOf(Path.GetFileNameWithoutExtension(file)) is { } fromName) return (fromName, Messages.Format("Import_FromFileName", Path.GetFileName(file)));
        return (null, null);
    }

    public static int? YearOf(string? text) =>
        text is not null && Year().Match(text) is { Success: true } m ? int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    private static void Say(ImportReport report, string field, string? value, string? source)
    {
        if (value is not null) report.Warning(Codes.ImportGuessed, "PP0614_Guessed", field, value, source);
        else report.Warning(Codes.ImportGuessed, "PP0614_Missing", field);
    }
}

using PerfPublish.Diagnostics;
using PerfPublish.Load;
using PerfPublish.Write;

namespace PerfPublish.Publishing;

/// <summary>
/// One publication per unit and year, and one unit per code and year: the site links a unit's years and
/// compares each with the year before, so two publications of one unit in one year (a unit is its code, or
/// its normalised name where it has none: <see cref="UnitIdentity"/>) would set one against the other, and a
/// code under two names would compare one unit with another. Each is an error at the later publication's
/// unit (by folder name), naming the first. Checked over every publication of the content, in every shard.
/// </summary>
public static class UnitsOfAYear
{
    /// <summary>A publication's summary and its folder under content/.</summary>
    public sealed record Entry(PublicationSummary Summary, string Folder);

    public static void Check(IEnumerable<Entry> publications, DiagnosticBag diagnostics)
    {
        var claims = publications.GroupBy(p => (p.Summary.Year, p.Summary.Unit));
        foreach (var unit in claims.OrderBy(g => g.Key.Year).ThenBy(g => g.Key.Unit, StringComparer.Ordinal))
        {
            var ordered = unit.OrderBy(p => p.Summary.Slug, StringComparer.Ordinal).ToList();
            foreach (var other in ordered.Skip(1)) Report(ordered[0], other, diagnostics);
        }
    }

    private static void Report(Entry first, Entry other, DiagnosticBag diagnostics)
    {
        var (a, b) = (first.Summary, other.Summary);
        var firstFile = SourceFile.DisplayPath(Path.Combine(first.Folder, PublicationLoader.FileName));
        var sameName = UnitIdentity.Normalised(a.UnitName) == UnitIdentity.Normalised(b.UnitName);
        var message = sameName
            ? Messages.Format("PP0228", b.Year, firstFile)
            : Messages.Format("PP0228_Names", b.UnitCode, b.Year, a.UnitName, firstFile, b.UnitName);
        diagnostics.Error(UnitAt(other), Codes.SameUnit, message);
    }

    /// <summary>Where publication.yaml writes the unit's code (its name where it has none); the file's start when it cannot say.</summary>
    private static SourceLocation UnitAt(Entry entry)
    {
        var path = Path.Combine(entry.Folder, PublicationLoader.FileName);
        var start = SourceLocation.StartOf(SourceFile.DisplayPath(path));
        // Read again for the place only: the file was read without errors a moment ago.
        var unit = YamlFile.ReadMapping(path, start, new DiagnosticBag())?.Mapping("unit");
        if (unit is null) return start;
        return unit.Origin.Of(string.IsNullOrWhiteSpace(entry.Summary.UnitCode) ? "name" : "code");
    }
}

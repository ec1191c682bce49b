using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;
using Newtonsoft.Json.Linq;
using PerfPublish.Import;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Import;

/// <summary>
/// DESIGN.md's conservation rule for import, checked from outside the importer: every character of the Word file's
/// accepted text (read here on its own, tracked changes accepted, moves once, deletions and the fallbacks of
/// alternative content left out) is read by the importer exactly once, and went exactly once to a field, a note or
/// the form's own words; and each field and note the ledger names is really in the file written there.
/// Returns the problems found, none when the import conserved everything.
/// </summary>
public static class Conservation
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static IReadOnlyList<string> Problems(byte[] docx, ImportResult result, string folder)
    {
        var problems = new List<string>();
        var ledger = result.Ledger ?? throw new InvalidOperationException("an import without a ledger");
        CompareCharacters("the file's accepted text", AcceptedText(docx), "what import read", string.Concat(ledger.Pieces.Select(p => p.Text)), problems);
        var counts = ledger.Counts();
        if (counts.Lost > 0 || counts.Twice > 0) problems.Add($"ledger: {counts.Lost} characters read and accounted nowhere, {counts.Twice} accounted more than read");
        foreach (var entry in ledger.Entries)
            if (Missing(entry, result.Files, folder) is { } problem) problems.Add($"{entry.Place}: '{entry.Text}' → {entry.To}: {problem}");
        return problems;
    }

    /// <summary>
    /// The text Word shows with every change accepted: each w:t of the body, except inside deletions and move sources,
    /// deleted rows and cells, and the fallback of markup-compatibility alternatives (a text box is in both branches).
    /// </summary>
    public static string AcceptedText(byte[] docx)
    {
        using var archive = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var stream = archive.GetEntry("word/document.xml")!.Open();
        var body = XDocument.Load(stream).Root!.Element(W + "body")!;
        return string.Concat(body.Descendants(W + "t").Where(t => !t.Ancestors().Any(Gone)).Select(t => t.Value));
    }

    private static bool Gone(XElement element) =>
        element.Name == W + "del" || element.Name == W + "moveFrom" || element.Name.LocalName == "Fallback"
        || element.Name == W + "tr" && element.Element(W + "trPr")?.Element(W + "del") is not null
        || element.Name == W + "tc" && element.Element(W + "tcPr")?.Element(W + "cellDel") is not null;

    /// <summary>The characters that count (blanks and invisible characters aside) of the two texts must be the same multiset.</summary>
    private static void CompareCharacters(string what, string text, string against, string other, List<string> problems)
    {
        var left = Counts(text);
        var right = Counts(other);
        var missing = string.Concat(left.SelectMany(l => Enumerable.Repeat(l.Key, Math.Max(0, l.Value - right.GetValueOrDefault(l.Key)))));
        var extra = string.Concat(right.SelectMany(r => Enumerable.Repeat(r.Key, Math.Max(0, r.Value - left.GetValueOrDefault(r.Key)))));
        if (missing.Length > 0) problems.Add($"{what} has characters {against} lacks: {Sample(missing)}");
        if (extra.Length > 0) problems.Add($"{against} has characters {what} lacks: {Sample(extra)}");
    }

    private static string Sample(string characters) => characters.Length <= 80 ? characters : characters[..80] + $"… ({characters.Length})";

    private static Dictionary<char, int> Counts(string text)
    {
        var counts = new Dictionary<char, int>();
        foreach (var c in text.Where(ImportLedger.Counts)) counts[c] = counts.GetValueOrDefault(c) + 1;
        return counts;
    }

    /// <summary>Why the entry's destination does not hold its text, or null when it does.</summary>
    private static string? Missing(LedgerEntry entry, IReadOnlyDictionary<string, string> files, string folder)
    {
        if (entry.To.Record is not { } record) return null;
        if (!files.TryGetValue(record, out var file)) return $"no file for record '{record}'";
        var path = Path.Combine(folder, file);
        if (!File.Exists(path)) return $"{file} was not written";
        return entry.To switch
        {
            ToNote => NoteIn(File.ReadAllText(path), entry),
            ToField { Path: "" } field => File.ReadAllText(path).Contains(field.Written, StringComparison.Ordinal) ? null : $"{file} lacks it",
            ToField field => FieldIn(path, field),
            _ => null,
        };
    }

    /// <summary>A note is a comment line "#   (place) text" of its record's file, line breaks shown as " / ".</summary>
    private static string? NoteIn(string text, LedgerEntry entry) =>
        text.Contains($"({entry.Place}) {ImportText.Clean(entry.Text).Replace("\n", " / ")}", StringComparison.Ordinal) ? null : "no such note";

    private static string? FieldIn(string path, ToField field)
    {
        var token = YamlJson.Read(path)?.SelectToken("$." + field.Path);
        if (token is null) return $"nothing at {field.Path}";
        if (token is JValue { Type: JTokenType.Float or JTokenType.Integer } number)
            return decimal.TryParse(field.Written, CultureInfo.InvariantCulture, out var written) && written == number.Value<decimal>() ? null : $"{field.Path} holds {number}";
        var value = token.Type == JTokenType.Array ? string.Join("\n", token.Values<string>()) : token.ToString();
        return Squeezed(value).Contains(Squeezed(field.Written), StringComparison.Ordinal) ? null : $"{field.Path} holds '{value}'";
    }

    private static string Squeezed(string text) => string.Concat(text.Where(ImportLedger.Counts));
}

using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace PerfPublish.Tests.Write.Pdf;

/// <summary>Reads a PDF the way a reviewer checks it, through poppler-utils: text per page, fonts, outline titles.</summary>
public static partial class PdfTools
{
    /// <summary>The text of one page (pages count from 1), with its layout.</summary>
    public static string PageText(string pdf, int page) => Run("pdftotext", "-layout", "-f", $"{page}", "-l", $"{page}", pdf, "-");

    /// <summary>The text of one page in the order it is drawn (-raw): each table cell's lines stay together.</summary>
    public static string RawPageText(string pdf, int page) => Run("pdftotext", "-raw", "-f", $"{page}", "-l", $"{page}", pdf, "-");

    public static int PageCount(string pdf) =>
        int.Parse(PagesLine().Match(Run("pdfinfo", pdf)).Groups["count"].Value);

    /// <summary>One row per font: its name and whether it is embedded.</summary>
    public static IReadOnlyList<(string Name, bool Embedded)> Fonts(string pdf) =>
        Run("pdffonts", pdf).Split('\n').Skip(2).Where(line => line.Trim().Length > 0)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(columns => (columns[0], columns[^5] == "yes"))
            .ToList();

    /// <summary>Every line of text (pdftohtml -xml) with the font it is set in, the subset prefix taken off ("FandolFang").</summary>
    public static IReadOnlyList<(string Text, string Font)> TextLinesWithFonts(string pdf)
    {
        var xml = System.Xml.Linq.XDocument.Parse(Run("pdftohtml", "-xml", "-i", "-q", "-stdout", pdf));
        var fonts = xml.Descendants("fontspec").ToDictionary(f => (string)f.Attribute("id")!, f => ((string)f.Attribute("family")!).Split('+')[^1]);
        return xml.Descendants("text").Select(t => (t.Value, fonts[(string)t.Attribute("font")!])).ToList();
    }

    /// <summary>The titles of the PDF's bookmarks (outline items), as LibreOffice writes them: UTF-16 hex strings.</summary>
    public static IReadOnlyList<string> BookmarkTitles(byte[] pdf) =>
        OutlineTitle().Matches(Encoding.Latin1.GetString(pdf))
            .Select(m => Encoding.BigEndianUnicode.GetString(Convert.FromHexString(m.Groups["hex"].Value)))
            .ToList();

    /// <summary>Text without white space, so that line breaks and layout padding do not hide a match.</summary>
    public static string Squeeze(string text) => WhiteSpace().Replace(text, "");

    public static string Run(string tool, params string[] arguments)
    {
        var (exit, output, error) = Execute(tool, arguments);
        Assert.True(exit == 0, $"{tool} failed: {error}");
        return output;
    }

    /// <summary>Runs a tool to the end: its exit code and what it printed on each stream.</summary>
    internal static (int Exit, string Output, string Error) Execute(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    [GeneratedRegex(@"Pages:\s+(?<count>\d+)")]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"/Title\s*<FEFF(?<hex>[0-9A-Fa-f]*)>")]
    private static partial Regex OutlineTitle();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}

namespace PerfPublish.Tests.Write.Pdf;

/// <summary>
/// A test of the fonts the PDF gets where the official fonts are missing: needs what LibreOfficeFact
/// needs and the Fandol fonts (dotnet pwsh build.ps1 install-pdf installs them); skipped, with the
/// reason, without them.
/// </summary>
public sealed class FandolFactAttribute : FactAttribute
{
    public FandolFactAttribute()
    {
        if (CiLayout.MissingFonts is { } missing) Skip = missing;
    }
}

/// <summary>
/// A snapshot of the PDF's pages: line and page breaks depend on LibreOffice's version, poppler's
/// reading of the text and the fonts, so the reviewed snapshot is of the layout CI makes (Debian 12:
/// LibreOffice 7.4, poppler 22.12, the fonts install-pdf installs). Elsewhere the test is skipped with the reason.
/// </summary>
public sealed class CiLayoutFactAttribute : FactAttribute
{
    public CiLayoutFactAttribute()
    {
        if (CiLayout.Difference is { } difference) Skip = difference;
    }
}

public static class CiLayout
{
    public const string LibreOfficeVersion = "LibreOffice 7.4.";
    public const string PopplerVersion = "pdftotext version 22.12.";
    private static readonly string[] FontFamilies = ["FandolFang", "FandolKai", "FandolHei", "FandolSong", "AR PL UKai CN", "Noto Sans CJK SC", "Noto Serif CJK SC"];

    public static string? MissingFonts { get; } = FindMissingFonts();

    public static string? Difference { get; } = FindDifference();

    private static string? FindMissingFonts()
    {
        if (LibreOfficeFactAttribute.SkipReason is { } reason) return reason;
        var installed = Output("fc-list", ":", "family");
        var missing = FontFamilies.Where(family => !installed.Contains(family, StringComparison.Ordinal)).ToList();
        return missing.Count == 0 ? null : $"needs the fonts CI installs, missing: {string.Join(", ", missing)} (dotnet pwsh build.ps1 install-pdf)";
    }

    private static string? FindDifference()
    {
        if (MissingFonts is { } missing) return missing;
        var libreOffice = Output("soffice", "--version").Trim();
        if (!libreOffice.StartsWith(LibreOfficeVersion, StringComparison.Ordinal))
            return $"the page map snapshot is of {LibreOfficeVersion}x's layout (CI's), this machine has '{libreOffice}'";
        var poppler = Output("pdftotext", "-v").Trim();
        return poppler.Contains(PopplerVersion, StringComparison.Ordinal)
            ? null
            : $"the page map snapshot is of {PopplerVersion}x's text (CI's), this machine has '{poppler.Split('\n')[0]}'";
    }

    /// <summary>What a tool prints on either stream; empty when it cannot be run.</summary>
    private static string Output(string tool, params string[] arguments)
    {
        try
        {
            var (_, output, error) = PdfTools.Execute(tool, arguments);
            return output + error;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "";
        }
    }
}

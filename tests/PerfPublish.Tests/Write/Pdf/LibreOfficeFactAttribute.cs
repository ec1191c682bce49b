using PerfPublish.Office;

namespace PerfPublish.Tests.Write.Pdf;

/// <summary>
/// A test that renders with LibreOffice and reads the PDF with poppler-utils: skipped, with the reason
/// in the test report, on a machine without them (dotnet pwsh build.ps1 install-pdf installs them).
/// </summary>
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        Skip = SkipReason;
    }

    public static string? MissingTools { get; } = FindMissing();

    public static string? SkipReason => MissingTools is { } missing ? $"needs {missing}: run 'dotnet pwsh build.ps1 install-pdf' to run it" : null;

    private static string? FindMissing()
    {
        var found = LibreOffice.Find(null);
        found.LibreOffice?.Dispose();
        if (found.LibreOffice is null) return $"LibreOffice ({found.SkippedBecause})";
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        var poppler = new[] { "pdftotext", "pdffonts" }.Where(tool => !path.Split(Path.PathSeparator)
            .Any(folder => folder.Length > 0 && File.Exists(Path.Combine(folder, tool)))).ToList();
        return poppler.Count == 0 ? null : $"poppler-utils ({string.Join(", ", poppler)} not on PATH)";
    }
}

/// <summary>A theory that renders with LibreOffice: skipped, with the reason, where LibreOfficeFact is.</summary>
public sealed class LibreOfficeTheoryAttribute : TheoryAttribute
{
    public LibreOfficeTheoryAttribute()
    {
        Skip = LibreOfficeFactAttribute.SkipReason;
    }
}

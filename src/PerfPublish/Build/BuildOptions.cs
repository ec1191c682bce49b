using PerfPublish.Diagnostics;

namespace PerfPublish.Build;

/// <summary>Where a build reads content and templates and where it writes; the defaults are the repository layout.</summary>
public sealed record BuildOptions(string ContentFolder = "content", string TemplatesFolder = "templates", string OutputFolder = "output")
{
    /// <summary>The site (pages, downloads) goes to its own folder so output/README.md stays untouched.</summary>
    public string SiteFolder => Path.Combine(OutputFolder, "site");
}

public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> WrittenFiles)
{
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);
}

namespace PerfPublish.Publishing;

/// <summary>Where a build reads content and templates and where it writes; the defaults are the repository layout.</summary>
public sealed record BuildOptions(string ContentFolder = "content", string TemplatesFolder = "templates", string OutputFolder = "output")
{
    /// <summary>The site (pages, downloads) goes to its own folder so output/README.md stays untouched.</summary>
    public string SiteFolder => Path.Combine(OutputFolder, "site");

    /// <summary>
    /// Lay the DOCX out with LibreOffice where it is installed: PDF and TOC page numbers. Off for
    /// builds that do not need them (most tests); PERFPUBLISH_PDF=off turns it off from outside.
    /// </summary>
    public bool RenderPdf { get; init; } = true;

    /// <summary>The site's public address (https://…/), which sitemap.xml needs for its absolute links; without it there is no sitemap.</summary>
    public Uri? SiteUrl { get; init; }

    /// <summary>Reuse the previous output of publications whose content, templates and tool are unchanged (BuildCache); --no-cache turns it off.</summary>
    public bool UseCache { get; init; } = true;

    /// <summary>How many publications are built at once; the output never depends on it.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Build only this share of the publications (a CI matrix job); 'perfpublish site' assembles the shards.</summary>
    public Shard? Shard { get; init; }
}

namespace PerfPublish.Review;

/// <summary>
/// perfpublish diff: two versions of the content (a commit, and another commit or the work tree) built with
/// the normal pipeline and compared as a reader would, written to output/review/.
/// </summary>
public sealed record ReviewRequest(string From, string? To = null, string ContentFolder = "content", string TemplatesFolder = "templates",
    string OutputFolder = "output")
{
    /// <summary>Lay both sides out with LibreOffice (PDF, TOC page numbers, page counts); off unless asked, as it is slow.</summary>
    public bool RenderPdf { get; init; }

    /// <summary>Where review.md links the full page: index.html beside it unless CI says where the artifact will be.</summary>
    public string PageUrl { get; init; } = ReviewFiles.Page;

    /// <summary>The folder git is asked from (the repository is the one it is in).</summary>
    public string WorkingFolder { get; init; } = Environment.CurrentDirectory;

    public int Parallelism { get; init; } = Environment.ProcessorCount;

    public string ReviewFolder => Path.Combine(OutputFolder, "review");
}

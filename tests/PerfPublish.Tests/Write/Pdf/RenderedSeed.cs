using PerfPublish.Publishing;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Write.Pdf;

/// <summary>
/// The seed built once through the whole pipeline with the PDF step (LibreOffice lays it out twice,
/// some ten seconds), shared by the tests that read the PDF and the numbered DOCX.
/// </summary>
public sealed class RenderedSeed : IDisposable
{
    private readonly TempContent _content = TempContent.CopyOf(Repo.SeedPublication);

    public RenderedSeed()
    {
        Result = Pipeline.Build(Options);
        Folder = Path.Combine(_content.Output, "site", "publication");
    }

    // With the site's address, so the only notice a build can give is about the PDF step.
    public BuildOptions Options => new(_content.Content, Repo.Templates, _content.Output) { SiteUrl = new Uri("https://czj.example.gov.cn/") };

    public BuildResult Result { get; }

    public string Folder { get; }

    public string PdfPath => Path.Combine(Folder, "publication.pdf");

    public byte[] Pdf => File.ReadAllBytes(PdfPath);

    public byte[] Docx => File.ReadAllBytes(Path.Combine(Folder, "publication.docx"));

    public void Dispose() => _content.Dispose();
}

using PerfPublish.Publishing;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Write.Pdf;

/// <summary>A publication folder built through the whole pipeline, PDF included, in a throw-away copy.</summary>
public sealed class RenderedPublication : IDisposable
{
    private readonly TempContent _content;

    private RenderedPublication(TempContent content, BuildResult result)
    {
        _content = content;
        Result = result;
    }

    public BuildResult Result { get; }

    public string PdfPath => Path.Combine(_content.Output, "site", "publication", "publication.pdf");

    public byte[] Docx => File.ReadAllBytes(Path.Combine(_content.Output, "site", "publication", "publication.docx"));

    /// <summary>The publication's web page.</summary>
    public string PagePath => Path.Combine(_content.Output, "site", "publication", "index.html");

    public static RenderedPublication Of(string publicationFolder, string templates)
    {
        var content = TempContent.CopyOf(publicationFolder);
        var rendered = new RenderedPublication(content, Pipeline.Build(new BuildOptions(content.Content, templates, content.Output)));
        if (rendered.Result.Succeeded && File.Exists(rendered.PdfPath)) return rendered;
        rendered.Dispose();
        throw new InvalidOperationException($"{publicationFolder} did not build to a PDF: {string.Join("; ", rendered.Result.Diagnostics)}");
    }

    /// <summary>The pieces of the DOCX's text that are not in the PDF, in order, whole (see LaidOutText.Place).</summary>
    public static IReadOnlyList<string> TextLostOnTheWay(byte[] docx, string pdf)
    {
        var pieces = DocxPieces.Of(docx).Select(p => p.Text).ToList();
        var places = LaidOutText.Read(pdf).Place(pieces);
        return [.. pieces.Where((_, i) => places[i] is null)];
    }

    public void Dispose() => _content.Dispose();
}

using PerfPublish.Office;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Write.Pdf;

/// <summary>A Word file printed by LibreOffice with the repository's PDF fonts, into a temporary file removed on dispose.</summary>
public sealed class ConvertedPdf : IDisposable
{
    private ConvertedPdf(string path) => Path = path;

    public string Path { get; }

    public static ConvertedPdf Of(byte[] docx)
    {
        using var libreOffice = LibreOffice.Find(System.IO.Path.Combine(Repo.Templates, "pdf-fonts.conf")).LibreOffice!;
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"perfpublish-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, libreOffice.ConvertToPdf(docx));
        return new ConvertedPdf(path);
    }

    public void Dispose() => File.Delete(Path);
}

using PerfPublish.Diagnostics;

namespace PerfPublish.Office;

/// <summary>Whether the PDF step can run, and if not, why: the build says so once.</summary>
public sealed record PdfAvailability(LibreOffice? LibreOffice, string? SkippedBecause)
{
    public static PdfAvailability Found(LibreOffice libreOffice) => new(libreOffice, null);

    public static PdfAvailability Skipped(string reason) => new(null, reason);

    /// <summary>Turned off by the caller (BuildOptions.RenderPdf): nothing to tell.</summary>
    public static PdfAvailability Disabled { get; } = new(null, null);

    /// <summary>
    /// The one notice a build prints about the PDF: why it was skipped, or, where LibreOffice could not be
    /// kept off the network, that only its settings applied.
    /// </summary>
    public string? Notice => SkippedBecause is null
        ? LibreOffice?.Isolation.Notice
        : Messages.Format("Pdf_Skipped", SkippedBecause, LibreOffice.HowToEnable);
}

using System.IO.Compression;
using System.Text;
using PerfPublish.Diagnostics;
using PerfPublish.Office;

namespace PerfPublish.Import;

/// <summary>
/// What kind of file the user gave, decided by its first bytes rather than its name: a zip (a .docx,
/// whatever it is called), an OLE compound file (an old .doc, or an encrypted .docx, which Office stores
/// as a compound file with an EncryptionInfo stream), or something else LibreOffice may open.
/// </summary>
public static class WordFile
{
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] CompoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Formats LibreOffice opens that an office may hand over instead of a .docx (a .docx that is no zip is simply broken).</summary>
    private static readonly string[] ConvertedExtensions = [".doc", ".dot", ".wps", ".odt", ".fodt", ".rtf", ".htm", ".html", ".xml"];

    /// <summary>The file's bytes as a DOCX zip, converting with LibreOffice where needed; null with an error reported when there is none.</summary>
    public static ZipArchive? OpenAsDocx(byte[] bytes, string extension, string? pathVariable, ImportReport report)
    {
        // An OpenDocument file (.odt) is a zip too, but holds no Word body: LibreOffice converts it, as it does a .doc.
        if (bytes.AsSpan().StartsWith(Zip) && IsOpenDocument(bytes)) return Converted(bytes, ".odt", pathVariable, report);
        if (bytes.AsSpan().StartsWith(Zip)) return OpenZip(bytes, report);
        if (bytes.AsSpan().StartsWith(CompoundFile) && Encrypted(bytes))
        {
            report.Error(Codes.ImportEncrypted, "PP0604");
            return null;
        }

        if (!bytes.AsSpan().StartsWith(CompoundFile) && !ConvertedExtensions.Contains(extension.ToLowerInvariant()) || bytes.Length == 0)
        {
            report.Error(Codes.ImportNotWord, "PP0601");
            return null;
        }

        return Converted(bytes, bytes.AsSpan().StartsWith(CompoundFile) ? ".doc" : extension.ToLowerInvariant(), pathVariable, report);
    }

    private static ZipArchive? Converted(byte[] bytes, string extension, string? pathVariable, ImportReport report)
    {
        var converted = Convert(bytes, extension, pathVariable, report);
        return converted is null ? null : converted.AsSpan().StartsWith(Zip) ? OpenZip(converted, report) : null;
    }

    /// <summary>
    /// OpenDocument packages begin with an uncompressed entry "mimetype" holding the document's type (ODF 1.2, part 3,
    /// 3.3): read from the zip's first local header, so the test costs nothing and never opens the archive.
    /// </summary>
    private static bool IsOpenDocument(byte[] bytes) =>
        Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 120)).Contains("mimetypeapplication/vnd.oasis.opendocument.text", StringComparison.Ordinal);

    private static ZipArchive? OpenZip(byte[] bytes, ImportReport report)
    {
        try
        {
            return new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            report.Error(Codes.ImportNotWord, "PP0601");
            return null;
        }
    }

    /// <summary>
    /// Office's encrypted documents are compound files holding an "EncryptionInfo" stream; stream names
    /// are stored in UTF-16 in the directory sectors, so finding the name there is enough to know.
    /// </summary>
    private static bool Encrypted(byte[] bytes) =>
        bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes("EncryptionInfo")) >= 0;

    private static byte[]? Convert(byte[] bytes, string extension, string? pathVariable, ImportReport report)
    {
        var availability = LibreOffice.Find(null, pathVariable ?? Environment.GetEnvironmentVariable("PATH"), switchValue: null);
        if (availability.LibreOffice is not { } libreOffice)
        {
            report.Error(Codes.ImportConvert, "PP0606", LibreOffice.HowToEnable);
            return null;
        }

        using (libreOffice)
        {
            if (libreOffice.Isolation.Notice is { } notice) report.Notices.Add(notice);
            var docx = libreOffice.ConvertToDocx(bytes, extension, out var problem);
            if (docx is null) report.Error(Codes.ImportConvert, "PP0606_Failed", FormMapper.Excerpt(problem ?? ""));
            return docx;
        }
    }
}

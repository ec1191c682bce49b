using System.IO.Compression;
using System.Text;
using PerfPublish.Diagnostics;

namespace PerfPublish.Import;

/// <summary>
/// The parts of a .docx that import reads, taken out of the zip under <see cref="ImportLimits"/>.
/// Only named parts are ever decompressed, into memory: nothing of the zip is written to disk, so an
/// entry named ../../x cannot land anywhere. Macros, embedded objects and external targets are never
/// read or followed; each is reported once.
/// </summary>
public sealed class DocxPackage
{
    public const string ContentTypesPart = "[Content_Types].xml";
    private const string PackageRelationshipsPart = "_rels/.rels";
    private const string DefaultDocumentPart = "word/document.xml";
    private const string OfficeDocumentType = "/officeDocument";

    private readonly Dictionary<string, ZipArchiveEntry> _entries;
    private readonly ImportLimits _limits;
    private readonly ImportReport _report;
    private long _readSoFar;

    private DocxPackage(Dictionary<string, ZipArchiveEntry> entries, ImportLimits limits, ImportReport report)
    {
        _entries = entries;
        _limits = limits;
        _report = report;
    }

    /// <summary>Opens the zip and checks what can be checked before reading a part; null (with an error reported) when it must be refused.</summary>
    public static DocxPackage? Open(ZipArchive? archive, ImportLimits limits, ImportReport report)
    {
        if (archive is null) { report.Error(Codes.ImportNotWord, "PP0601"); return null; }
        try
        {
            return Check(archive, limits, report);
        }
        catch (InvalidDataException)
        {
            // The zip's directory is damaged; .NET reads it only when the entries are first asked for.
            report.Error(Codes.ImportNotWord, "PP0601");
            return null;
        }
    }

    private static DocxPackage? Check(ZipArchive archive, ImportLimits limits, ImportReport report)
    {
        var entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        var declared = 0L;
        foreach (var entry in archive.Entries)
        {
            if (entries.Count >= limits.MaxEntries) { report.Error(Codes.ImportTooLarge, "PP0602_Entries", limits.MaxEntries); return null; }
            declared += entry.Length;
            if (entry.Length > limits.MaxPartBytes || declared > limits.MaxTotalBytes)
                { report.Error(Codes.ImportTooLarge, "PP0602_Size", limits.MaxTotalBytes / 1024 / 1024); return null; }
            if (entry.Length > ImportLimits.RatioFloorBytes && entry.Length > entry.CompressedLength * limits.MaxRatio)
                { report.Error(Codes.ImportTooLarge, "PP0602_Ratio", entry.FullName, limits.MaxRatio); return null; }
            entries.TryAdd(entry.FullName.Replace('\\', '/').TrimStart('/'), entry);
        }

        var package = new DocxPackage(entries, limits, report);
        package.ReportIgnoredContent();
        return package;
    }

    /// <summary>The main document part's name, from the package relationships (word/document.xml when they do not say).</summary>
    public string DocumentPartName(SafeXml xml)
    {
        var relationships = ReadPart(PackageRelationshipsPart);
        var target = relationships is null ? null : xml.Relationships(relationships, PackageRelationshipsPart)
            .FirstOrDefault(r => r.Type.EndsWith(OfficeDocumentType, StringComparison.Ordinal) && !r.External)?.Target;
        return target is not null && Resolve("", target) is { } resolved && _entries.ContainsKey(resolved) ? resolved : DefaultDocumentPart;
    }

    /// <summary>The part's bytes, or null when it is absent; a part larger than it said, or past a limit, is refused (reported, null).</summary>
    public byte[]? ReadPart(string name)
    {
        if (!_entries.TryGetValue(name, out var entry)) return null;
        try
        {
            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            // Count what really comes out: the sizes in the zip's directory are written by whoever made the file.
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
                _readSoFar += read;
                if (buffer.Length > entry.Length || buffer.Length > _limits.MaxPartBytes || _readSoFar > _limits.MaxTotalBytes)
                    { _report.Error(Codes.ImportTooLarge, "PP0602_Lied", name); return null; }
            }

            return buffer.ToArray();
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            // A damaged entry, an unknown compression method or an encrypted zip entry.
            { _report.Error(Codes.ImportNotWord, "PP0601_Entry", name); return null; }
        }
    }

    public bool Has(string name) => _entries.ContainsKey(name);

    /// <summary>A relationship target resolved against its source part's folder; null when it leaves the package (absolute or ../ past the root).</summary>
    public static string? Resolve(string sourceFolder, string target)
    {
        if (target.Contains(':') || target.StartsWith("//", StringComparison.Ordinal) || target.StartsWith('\\')) return null;
        var parts = new List<string>(target.StartsWith('/') ? [] : sourceFolder.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var piece in target.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (piece == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
            }
            else if (piece != ".") parts.Add(Uri.UnescapeDataString(piece));
        }

        return string.Join('/', parts);
    }

    /// <summary>Macros and embedded files are never run or copied; the user hears once that they were left out.</summary>
    private void ReportIgnoredContent()
    {
        var contentTypes = _entries.ContainsKey(ContentTypesPart) ? ReadPart(ContentTypesPart) : null;
        var macroType = contentTypes is not null && Encoding.UTF8.GetString(contentTypes).Contains("macroEnabled", StringComparison.OrdinalIgnoreCase);
        if (macroType || _entries.Keys.Any(name => name.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
            _report.Warning(Codes.ImportIgnored, "PP0603_Macros");
        var embedded = _entries.Keys.Where(name => name.StartsWith("word/embeddings/", StringComparison.OrdinalIgnoreCase)
            || name.Contains("activeX", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).ToList();
        if (embedded.Count > 0) _report.Warning(Codes.ImportIgnored, "PP0603_Embedded", embedded.Count, string.Join(", ", embedded.Take(3)));
    }
}

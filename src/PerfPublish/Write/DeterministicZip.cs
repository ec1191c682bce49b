using System.IO.Compression;

namespace PerfPublish.Write;

/// <summary>
/// Rewrites a zip package (DOCX) with fixed entry times, since System.IO.Packaging stamps every
/// entry with the current time and the same content would otherwise never build byte-identical.
/// </summary>
public static class DeterministicZip
{
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Normalize(byte[] zip)
    {
        using var input = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                var copy = archive.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = FixedTime;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }
}

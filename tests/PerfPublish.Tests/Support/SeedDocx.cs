using System.IO.Compression;
using System.Text;

namespace PerfPublish.Tests.Support;

/// <summary>
/// The seed publication's DOCX as the build writes it (built once per test run, without the PDF), and
/// copies of it with one part rewritten: the way the import tests make a Word file "as an office would",
/// each mutation named where it is made.
/// </summary>
public static class SeedDocx
{
    public static byte[] Bytes => ExampleDocx.Of(Path.GetFileName(Repo.SeedPublication));

    public static string DocumentXml => Part(Bytes, "word/document.xml");

    public static string Part(byte[] docx, string name)
    {
        using var archive = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var reader = new StreamReader(archive.GetEntry(name)!.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The seed DOCX with <paramref name="parts"/> replaced or added (a null value removes the part).</summary>
    public static byte[] With(params (string Name, string? Text)[] parts) =>
        WithBytes([.. parts.Select(p => (p.Name, p.Text is null ? null : Encoding.UTF8.GetBytes(p.Text)))]);

    public static byte[] WithBytes(params (string Name, byte[]? Bytes)[] parts) => Edit(Bytes, parts);

    /// <summary>The seed DOCX with its body XML edited by <paramref name="edit"/>.</summary>
    public static byte[] WithDocument(Func<string, string> edit) => With(("word/document.xml", edit(DocumentXml)));

    /// <summary>Any DOCX (another example's) with its body XML edited by <paramref name="edit"/>.</summary>
    public static byte[] WithDocument(byte[] docx, Func<string, string> edit) =>
        Edit(docx, ("word/document.xml", Encoding.UTF8.GetBytes(edit(Part(docx, "word/document.xml")))));

    /// <summary>Any DOCX with <paramref name="parts"/> replaced or added (a null value removes the part).</summary>
    public static byte[] Edit(byte[] docx, params (string Name, byte[]? Bytes)[] parts)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries.Where(e => parts.All(p => p.Name != e.FullName)))
            {
                using var from = entry.Open();
                using var to = target.CreateEntry(entry.FullName).Open();
                from.CopyTo(to);
            }

            foreach (var (name, bytes) in parts.Where(p => p.Bytes is not null))
            {
                using var to = target.CreateEntry(name).Open();
                to.Write(bytes!);
            }
        }

        return output.ToArray();
    }
}

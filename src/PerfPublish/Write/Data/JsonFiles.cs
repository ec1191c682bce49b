using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace PerfPublish.Write.Data;

/// <summary>How the open-data JSON files are written: indented, "\n" line ends, a final newline.</summary>
public static class JsonFiles
{
    // Chinese stays readable; < > & ' " are still written as \u escapes, so no byte of the file can
    // ever be read as markup, even by a client that sniffs it as HTML.
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static byte[] Write(Action<Utf8JsonWriter> write, JsonWriterOptions? options = null)
    {
        using var stream = new MemoryStream();
        WriteTo(stream, write, options);
        return stream.ToArray();
    }

    /// <summary>Writes to a stream; a writer that calls Flush now and then keeps only that part in memory.</summary>
    public static void WriteTo(Stream stream, Action<Utf8JsonWriter> write, JsonWriterOptions? options = null)
    {
        using (var json = new Utf8JsonWriter(stream, options ?? Options)) write(json);
        stream.WriteByte((byte)'\n');
    }
}

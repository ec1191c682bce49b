using System.Text;
using PerfPublish.Diagnostics;

namespace PerfPublish.Load;

/// <summary>Reads a content file as strict UTF-8 and names it the way diagnostics print it.</summary>
public static class SourceFile
{
    /// <summary>
    /// The largest content file read. A whole publication's prose is a few dozen kilobytes; a file of
    /// megabytes is a pasted export or a wrong file, and refusing it keeps a build's memory and time bounded.
    /// </summary>
    public const int MaxBytes = 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Byte-order marks of the encodings editors sometimes save in by mistake ("Unicode" in Windows Notepad).</summary>
    private static readonly (byte[] Mark, string Name)[] OtherUnicodeMarks =
    [
        ([0xFF, 0xFE, 0x00, 0x00], "UTF-32"),
        ([0xFF, 0xFE], "UTF-16 (Windows Notepad calls it \"Unicode\")"),
        ([0xFE, 0xFF], "UTF-16 big-endian"),
    ];

    /// <summary>The path relative to the working folder with forward slashes, as CI annotations expect.</summary>
    public static string DisplayPath(string path) =>
        Path.GetRelativePath(Environment.CurrentDirectory, path).Replace('\\', '/');

    public static string? ReadText(string path, SourceLocation referencedFrom, DiagnosticBag diagnostics)
    {
        var display = DisplayPath(path);
        if (!File.Exists(path))
        {
            diagnostics.Error(referencedFrom, Codes.FileMissing, $"file '{display}' does not exist");
            return null;
        }

        var length = new FileInfo(path).Length;
        if (length > MaxBytes)
        {
            diagnostics.Error(SourceLocation.StartOf(display), Codes.FileTooLarge,
                $"the file is {length / 1024} KB; content files are at most {MaxBytes / 1024} KB (is it the right file?)");
            return null;
        }

        return Decode(File.ReadAllBytes(path), display, diagnostics);
    }

    private static string? Decode(byte[] bytes, string display, DiagnosticBag diagnostics)
    {
        var other = OtherUnicodeMarks.FirstOrDefault(m => bytes.AsSpan().StartsWith(m.Mark));
        if (other.Name is not null)
        {
            diagnostics.Error(SourceLocation.StartOf(display), Codes.Encoding,
                $"the file is saved as {other.Name}, not UTF-8; save it as UTF-8 and build again");
            return null;
        }

        // Text never holds NUL bytes; a picture, a Word file or an archive does.
        if (bytes.AsSpan().Contains((byte)0))
        {
            diagnostics.Error(SourceLocation.StartOf(display), Codes.Encoding,
                "the file holds binary data, not text (is it a picture, a Word file or an archive saved under this name?)");
            return null;
        }

        try
        {
            var text = StrictUtf8.GetString(bytes);
            // A UTF-8 byte-order mark (Notepad's "UTF-8 with BOM") is harmless: accept it and drop it.
            return text.StartsWith('\uFEFF') ? text[1..] : text;
        }
        catch (DecoderFallbackException e)
        {
            var (line, column) = PositionOfByte(bytes, e.Index);
            diagnostics.Error(new SourceLocation(display, line, column), Codes.Encoding,
                "the file is not UTF-8 (was it saved as GBK/GB2312?); save it as UTF-8 and build again");
            return null;
        }
    }

    private static (int Line, int Column) PositionOfByte(byte[] bytes, int index)
    {
        var before = bytes.AsSpan(0, Math.Clamp(index, 0, bytes.Length));
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var line = before.Count((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
        return (line, column);
    }
}

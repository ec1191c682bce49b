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

    /// <summary>The path relative to the working folder with forward slashes, as CI annotations expect.</summary>
    public static string DisplayPath(string path) =>
        Path.GetRelativePath(Environment.CurrentDirectory, path).Replace('\\', '/');

    public static string? ReadText(string path, SourceLocation referencedFrom, DiagnosticBag diagnostics)
    {
        var display = DisplayPath(path);
        if (!File.Exists(path))
        {
            diagnostics.Error(referencedFrom, Codes.FileMissing, Messages.Format("PP0002", display));
            return null;
        }

        var length = new FileInfo(path).Length;
        if (length > MaxBytes)
        {
            diagnostics.Error(SourceLocation.StartOf(display), Codes.FileTooLarge,
                Messages.Format("PP0005", length / 1024, MaxBytes / 1024));
            return null;
        }

        return Decode(File.ReadAllBytes(path), display, diagnostics);
    }

    private static string? Decode(byte[] bytes, string display, DiagnosticBag diagnostics)
    {
        // UTF-16 has NUL bytes, so its mark is looked at before the test for binary data.
        if (LegacyEncoding.UnicodeMarkOf(bytes) is { } unicode)
        {
            diagnostics.Error(SourceLocation.StartOf(display), Codes.Encoding, Messages.Format("PP0003_Detected", unicode, display, LegacyEncoding.NotepadName(unicode)));
            return null;
        }

        // Text never holds NUL bytes; a picture, a Word file or an archive does.
        if (bytes.AsSpan().Contains((byte)0))
        {
            diagnostics.Error(SourceLocation.StartOf(display), Codes.Encoding, Messages.Format("PP0003_Binary"));
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
            var message = LegacyEncoding.Detect(bytes) is { } detected
                ? Messages.Format("PP0003_Detected", detected.Encoding, display, LegacyEncoding.NotepadName(detected.Encoding))
                : Messages.Format("PP0003");
            diagnostics.Error(new SourceLocation(display, line, column), Codes.Encoding, message);
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

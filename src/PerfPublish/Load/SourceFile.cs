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

    /// <summary>
    /// The file's text, or null after reporting why there is none. Only a regular file is opened (a pipe or
    /// a device is refused before, see <see cref="FileKinds"/>), and no more than <see cref="MaxBytes"/> + 1
    /// bytes are read, whatever length the file claims.
    /// </summary>
    public static string? ReadText(string path, SourceLocation referencedFrom, DiagnosticBag diagnostics)
    {
        var display = DisplayPath(path);
        switch (FileKinds.Behind(path))
        {
            case FileKind.Missing or FileKind.Directory:
                diagnostics.ErrorOf(referencedFrom, Codes.FileMissing, display);
                return null;
            case FileKind.Special:
                diagnostics.Error(referencedFrom, Codes.NotRegularFile, Messages.Format("PP0007_Special", display));
                return null;
        }

        byte[] bytes;
        try
        {
            bytes = ReadAtMost(path, MaxBytes + 1);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(referencedFrom, Codes.FileMissing, Messages.Format("PP0002_Unreadable", display, e.Message));
            return null;
        }

        if (bytes.Length > MaxBytes)
        {
            var length = Math.Max(bytes.Length, new FileInfo(path).Length);
            diagnostics.ErrorOf(SourceLocation.StartOf(display), Codes.FileTooLarge, length / 1024, MaxBytes / 1024);
            return null;
        }

        return Decode(bytes, display, diagnostics);
    }

    /// <summary>The first <paramref name="limit"/> bytes of a file at most, read in pieces until then or its end.</summary>
    public static byte[] ReadAtMost(string path, int limit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var bytes = new MemoryStream();
        var piece = new byte[64 * 1024];
        int read;
        while (bytes.Length < limit && (read = stream.Read(piece, 0, (int)Math.Min(piece.Length, limit - bytes.Length))) > 0)
            bytes.Write(piece, 0, read);
        return bytes.ToArray();
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

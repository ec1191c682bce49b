using System.Text;
using PerfPublish.Diagnostics;

namespace PerfPublish.Load;

/// <summary>Reads a content file as strict UTF-8 and names it the way diagnostics print it.</summary>
public static class SourceFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

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

        var bytes = File.ReadAllBytes(path);
        try
        {
            var text = StrictUtf8.GetString(bytes);
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

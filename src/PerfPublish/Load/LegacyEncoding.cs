using System.Text;

namespace PerfPublish.Load;

/// <summary>
/// Recognises the encodings Windows editors saved Chinese text in for years: GBK (Notepad's "ANSI" on a
/// Chinese Windows), GB18030, and UTF-16/UTF-32 with a byte-order mark (Notepad's "Unicode"). GBK decodes
/// almost any bytes without error, so a decoding counts only when what it reads is plausibly Chinese text.
/// </summary>
public static class LegacyEncoding
{
    private static readonly (byte[] Mark, string Name, Encoding Encoding)[] UnicodeMarks =
    [
        ([0xFF, 0xFE, 0x00, 0x00], "UTF-32", new UTF32Encoding(bigEndian: false, byteOrderMark: true, throwOnInvalidCharacters: true)),
        ([0xFF, 0xFE], "UTF-16", new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true)),
        ([0xFE, 0xFF], "UTF-16BE", new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true)),
    ];

    private static readonly (string Name, int CodePage)[] ChineseCodePages = [("GBK", 936), ("GB18030", 54936)];

    static LegacyEncoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>What Windows Notepad calls the encoding in its Save As dialog, where editors meet it.</summary>
    public static string NotepadName(string encoding) => encoding.StartsWith("UTF", StringComparison.Ordinal) ? "Unicode" : "ANSI";

    /// <summary>The byte-order mark's encoding name, or null: such a file is never read as UTF-8.</summary>
    public static string? UnicodeMarkOf(ReadOnlySpan<byte> bytes)
    {
        foreach (var (mark, name, _) in UnicodeMarks)
            if (bytes.StartsWith(mark)) return name;
        return null;
    }

    /// <summary>The text and its encoding, for bytes that are not UTF-8; null when no known encoding reads them as text.</summary>
    public static DetectedText? Detect(byte[] bytes)
    {
        foreach (var (mark, name, encoding) in UnicodeMarks)
            if (bytes.AsSpan().StartsWith(mark))
                return TryDecode(encoding, bytes[mark.Length..]) is { } text ? new DetectedText(name, text) : null;

        foreach (var (name, codePage) in ChineseCodePages)
        {
            var strict = Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            if (TryDecode(strict, bytes) is { } text && LooksChinese(text)) return new DetectedText(name, text);
        }
        return null;
    }

    private static string? TryDecode(Encoding encoding, byte[] bytes)
    {
        try { return encoding.GetString(bytes); }
        catch (DecoderFallbackException) { return null; }
    }

    /// <summary>
    /// No control characters, and at least four in five characters beyond ASCII are Chinese characters or
    /// Chinese punctuation: a Latin-1 or random file decoded as GBK gives odd symbols and rare characters instead.
    /// </summary>
    private static bool LooksChinese(string text)
    {
        if (text.EnumerateRunes().Any(rune => NonText.Of(rune) == NonTextKind.Control)) return false;
        var beyondAscii = text.Where(c => c > 0x7F).ToList();
        if (beyondAscii.Count == 0) return false;
        var chinese = beyondAscii.Count(c => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF' or >= '\u2010' and <= '\u2027' or '\u00B7');
        return chinese * 5 >= beyondAscii.Count * 4;
    }
}

using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace PerfPublish.Write.Pdf;

/// <summary>
/// Makes LibreOffice's PDF the same bytes for the same document: it stamps the time of export into
/// /CreationDate and derives the trailer's /ID and /DocChecksum from it. The date becomes the
/// document's own date and the ID a hash of the file's content. Every replacement has the length of
/// what it replaces, so the cross-reference table's byte offsets stay right.
/// </summary>
public static partial class ReproduciblePdf
{
    public static byte[] Normalize(byte[] pdf, DateTime date)
    {
        var text = Encoding.Latin1.GetString(pdf);
        text = DateField().Replace(text, m => m.Groups["key"].Value + date.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture));

        // Only the trailer holds them; the rest of the file (compressed streams too) stays untouched.
        var trailer = text.LastIndexOf("trailer", StringComparison.Ordinal);
        if (trailer < 0) return Encoding.Latin1.GetBytes(text);
        var body = text[..trailer];
        var withoutId = Fingerprint().Replace(text[trailer..], m => m.Groups["key"].Value + new string('0', m.Groups["hex"].Length));
        var id = Convert.ToHexString(SHA256.HashData(Encoding.Latin1.GetBytes(body + withoutId)))[..32];
        return Encoding.Latin1.GetBytes(body + Fingerprint().Replace(withoutId, m => m.Groups["key"].Value + id));
    }

    [GeneratedRegex(@"(?<key>/(?:CreationDate|ModDate)\s*\(D:)\d{14}")]
    private static partial Regex DateField();

    // Both strings of the trailer's /ID array, and LibreOffice's /DocChecksum name.
    [GeneratedRegex(@"(?<key>(?:/ID\s*\[\s*<|>\s*<(?=[0-9A-Fa-f]{32}>\s*\])|/DocChecksum\s*/))(?<hex>[0-9A-Fa-f]{32})")]
    private static partial Regex Fingerprint();
}

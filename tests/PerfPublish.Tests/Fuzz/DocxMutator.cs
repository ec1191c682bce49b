using System.Text;
using System.Text.RegularExpressions;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Fuzz;

/// <summary>
/// Breaks a DOCX (the seed's or another example's) at random, the way damaged or hostile Word files are broken: bytes flipped,
/// cut or inserted anywhere in the zip; or one part's XML edited (spans deleted or repeated, tags
/// dropped, attribute values replaced by huge, negative or foreign ones, a DTD or an external target
/// added); or wrapped without changing its text (<see cref="Wrap"/>). Returns the file and a description of the
/// mutation, to replay a failure.
/// </summary>
public sealed partial class DocxMutator(Random random)
{
    private static readonly string[] Parts = ["word/document.xml", "word/document.xml", "word/document.xml", "word/styles.xml", "word/_rels/document.xml.rels", "_rels/.rels", "[Content_Types].xml"];

    private static readonly string[] Values =
        ["0", "-1", "2147483648", "99999", "continue", "restart", "", "../../../etc/passwd", "http://127.0.0.1:9/x", "C:\\Windows\\x", "\\\\server\\share", "全角　值：", "&amp;", "1e309"];

    private static readonly string[] Inserts =
    [
        "<!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>",
        "<w:tc><w:p><w:r><w:t>多出的单元格</w:t></w:r></w:p></w:tc>",
        "<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"200\" /><w:vMerge /></w:tcPr><w:p /></w:tc></w:tr>",
        "<w:p><w:r><w:t>一、</w:t></w:r></w:p>",
        "<w:p><w:r><w:t>第二部分</w:t></w:r></w:p>",
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>项目编码</w:t></w:r></w:p></w:tc></w:tr></w:tbl>",
        "<w:object />",
        "<Relationship Id=\"rZ\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"/../../x.xml\" TargetMode=\"External\"/>",
        "\u0000\u0001",
        "]]>",
    ];

    [GeneratedRegex(@"(?<=w:val="")[^""]*(?="")|(?<=Target="")[^""]*(?="")")]
    private static partial Regex AttributeValue();

    public (byte[] Docx, string Mutation) Mutate(byte[] docx) => random.Next(4) switch
    {
        0 => Bytes(docx),
        _ => Xml(docx),
    };

    /// <summary>
    /// A copy that means the same text, wrapped the ways Word files really differ (<see cref="WordWrapper"/>: content
    /// controls, custom XML, smart tags, tracked changes and moves, text boxes, nested tables, page-split tables), one to
    /// six steps; the steps are in the description, to replay a failure.
    /// </summary>
    public (byte[] Docx, string Mutation) Wrap(byte[] docx)
    {
        var steps = Enumerable.Range(0, random.Next(1, 7)).Select(_ => random.Next(1_000_000)).ToArray();
        var (wrapped, what) = WordWrapper.Apply(docx, steps);
        return (wrapped, $"wrapped, steps [{string.Join(", ", steps)}]: {what}");
    }

    private (byte[], string) Bytes(byte[] docx)
    {
        var bytes = docx.ToList();
        var kind = random.Next(3);
        var at = random.Next(bytes.Count);
        switch (kind)
        {
            case 0:
                var flips = random.Next(1, 20);
                for (var i = 0; i < flips; i++) bytes[random.Next(bytes.Count)] = (byte)random.Next(256);
                return ([.. bytes], $"{flips} bytes flipped");
            case 1:
                return ([.. bytes.Take(at)], $"cut at byte {at}");
            default:
                var inserted = new byte[random.Next(1, 64)];
                random.NextBytes(inserted);
                bytes.InsertRange(at, inserted);
                return ([.. bytes], $"{inserted.Length} bytes inserted at {at}");
        }
    }

    private (byte[], string) Xml(byte[] docx)
    {
        var part = Parts[random.Next(Parts.Length)];
        var xml = SeedDocx.Part(docx, part);
        var (edited, what) = random.Next(5) switch
        {
            0 => Delete(xml),
            1 => Repeat(xml),
            2 => ReplaceValue(xml),
            3 => Insert(xml),
            _ => DropTag(xml),
        };
        return (SeedDocx.Edit(docx, (part, Encoding.UTF8.GetBytes(edited))), $"{part}: {what}");
    }

    private (string, string) Delete(string xml)
    {
        var at = random.Next(xml.Length);
        var length = Math.Min(xml.Length - at, random.Next(1, 400));
        return (xml.Remove(at, length), $"{length} characters deleted at {at}");
    }

    private (string, string) Repeat(string xml)
    {
        var at = random.Next(xml.Length);
        var length = Math.Min(xml.Length - at, random.Next(1, 2000));
        var times = random.Next(2, 50);
        return (xml.Insert(at, string.Concat(Enumerable.Repeat(xml.Substring(at, length), times))), $"{length} characters at {at} repeated {times} times");
    }

    private (string, string) ReplaceValue(string xml)
    {
        var matches = AttributeValue().Matches(xml);
        if (matches.Count == 0) return Delete(xml);
        var match = matches[random.Next(matches.Count)];
        var value = Values[random.Next(Values.Length)];
        return (xml.Remove(match.Index, match.Length).Insert(match.Index, value), $"value at {match.Index} \"{match.Value}\" → \"{value}\"");
    }

    private (string, string) Insert(string xml)
    {
        var text = Inserts[random.Next(Inserts.Length)];
        // At a tag boundary mostly, so the XML often stays well-formed and reaches recognition.
        var boundaries = Enumerable.Range(0, xml.Length).Where(i => xml[i] == '<').ToList();
        var at = random.Next(3) == 0 || boundaries.Count == 0 ? random.Next(xml.Length) : boundaries[random.Next(boundaries.Count)];
        return (xml.Insert(at, text), $"inserted {text} at {at}");
    }

    private (string, string) DropTag(string xml)
    {
        var tags = Regex.Matches(xml, @"</?w:(tc|tr|tbl|p|r|t|vMerge|gridSpan|tcPr|body)\b[^>]*>");
        if (tags.Count == 0) return Delete(xml);
        var tag = tags[random.Next(tags.Count)];
        return (xml.Remove(tag.Index, tag.Length), $"tag {tag.Value} at {tag.Index} dropped");
    }
}

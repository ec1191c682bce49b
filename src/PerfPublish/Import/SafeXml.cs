using System.Text;
using System.Xml;
using System.Xml.Linq;
using PerfPublish.Diagnostics;

namespace PerfPublish.Import;

/// <summary>One relationship of a part: its type, target, and whether it points outside the package.</summary>
public sealed record Relationship(string Id, string Type, string Target, bool External);

/// <summary>
/// Parses the package's XML parts with an XmlReader that refuses any DTD (so no entity, internal or
/// external, is ever expanded and no URL is ever resolved) and has no resolver at all. The OpenXML SDK
/// would prohibit DTDs too (its readers throw "DTD is prohibited", dotnet/Open-XML-SDK#815), but it
/// opens the whole package through System.IO.Packaging first: that decompresses parts without our
/// limits and throws on a malformed content-type or relationship URI before we could say which part
/// was wrong. Import needs four parts; reading them itself keeps every failure a diagnostic.
/// </summary>
public sealed class SafeXml(ImportReport report, ImportLimits limits)
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>The part as a tree, or null (with an error reported) when it is not well-formed or declares a DTD.</summary>
    public XDocument? Load(byte[] bytes, string part)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = limits.MaxPartBytes,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
            return XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException e)
        {
            var dtd = Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 4096)).Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
            report.Error(Codes.ImportXml, dtd ? "PP0605_Dtd" : "PP0605", part, Math.Max(1, e.LineNumber), Math.Max(1, e.LinePosition));
            return null;
        }
    }

    /// <summary>A relationships part's entries; an entry without an id, type or target is skipped.</summary>
    public IReadOnlyList<Relationship> Relationships(byte[] bytes, string part)
    {
        var document = Load(bytes, part);
        if (document?.Root is null) return [];
        XNamespace r = RelationshipsNamespace;
        return [.. document.Root.Elements(r + "Relationship")
            .Select(e => new Relationship((string?)e.Attribute("Id") ?? "", (string?)e.Attribute("Type") ?? "", (string?)e.Attribute("Target") ?? "",
                string.Equals((string?)e.Attribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase)))
            .Where(rel => rel.Type.Length > 0 && rel.Target.Length > 0)];
    }
}

using PerfPublish.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PerfPublish.Load;

/// <summary>Parses one YAML content file into its root mapping, turning parser failures into diagnostics.</summary>
public static class YamlFile
{
    public static MappingReader? ReadMapping(string path, SourceLocation referencedFrom, DiagnosticBag diagnostics)
    {
        var text = SourceFile.ReadText(path, referencedFrom, diagnostics);
        if (text is null) return null;

        var display = SourceFile.DisplayPath(path);
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Error(SourceLocation.StartOf(display), Codes.EmptyFile, "the file is empty");
            return null;
        }

        var root = Parse(text, display, diagnostics);
        return root is null ? null : MappingReader.From(root, display, "the file", diagnostics);
    }

    private static YamlNode? Parse(string text, string display, DiagnosticBag diagnostics)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 1) return stream.Documents[0].RootNode;
            diagnostics.Error(SourceLocation.StartOf(display), Codes.YamlSyntax,
                $"expected one YAML document, found {stream.Documents.Count}");
            return null;
        }
        catch (YamlException e)
        {
            var at = new SourceLocation(display, (int)Math.Max(1, e.Start.Line), (int)Math.Max(1, e.Start.Column));
            const string duplicate = "Duplicate key ";
            var message = Describe(e);
            if (message.StartsWith(duplicate, StringComparison.OrdinalIgnoreCase))
                diagnostics.Error(at, Codes.DuplicateKey, $"the key '{message[duplicate.Length..]}' appears twice here; keep one of them");
            else
                diagnostics.Error(at, Codes.YamlSyntax, $"YAML: {message} (check the indentation and brackets on this line and the one above)");
            return null;
        }
    }

    private static string Describe(YamlException e)
    {
        var inner = e.InnerException?.Message;
        var message = string.IsNullOrEmpty(inner) ? e.Message : inner;
        var positionPrefix = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith('(') && positionPrefix > 0 ? message[(positionPrefix + 3)..] : message;
    }
}

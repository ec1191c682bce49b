using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using PerfPublish.Diagnostics;
using PerfPublish.Load;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PerfPublish.Tests.Support;

/// <summary>
/// A YAML content file as the JSON a schema validator sees, typed the way editors' YAML tooling types
/// it (YAML 1.2 core schema: unquoted 6.00 is a number, "6.00" a string). Null when it cannot be read
/// or parsed at all: such a file is rejected before any schema applies.
/// </summary>
public static partial class YamlJson
{
    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();

    public static JToken? Read(string path)
    {
        var text = SourceFile.ReadText(path, SourceLocation.StartOf(path), new DiagnosticBag());
        if (text is null) return null;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 1 ? Convert(stream.Documents[0].RootNode) : null;
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            // YamlDotNet also throws the latter two on some malformed input, as the loader knows.
            return null;
        }
    }

    private static JToken Convert(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JObject(mapping.Children.Select(p => new JProperty(((YamlScalarNode)p.Key).Value ?? "", Convert(p.Value)))),
        YamlSequenceNode sequence => new JArray(sequence.Children.Select(Convert)),
        YamlScalarNode scalar => Scalar(scalar),
        _ => JValue.CreateNull(),
    };

    private static JToken Scalar(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? "";
        if (scalar.Style != ScalarStyle.Plain) return new JValue(value);
        if (value is "" or "~" or "null" or "Null" or "NULL") return JValue.CreateNull();
        if (value is "true" or "True" or "TRUE") return new JValue(true);
        if (value is "false" or "False" or "FALSE") return new JValue(false);
        if (Integer().IsMatch(value) && long.TryParse(value, CultureInfo.InvariantCulture, out var whole)) return new JValue(whole);
        if (Float().IsMatch(value))
        {
            // decimal keeps 11.03 exact, so multipleOf 0.01 is judged on the number written, not its binary approximation.
            if (decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact)) return new JValue(exact);
            return new JValue(double.Parse(value, CultureInfo.InvariantCulture));
        }
        return new JValue(value);
    }
}

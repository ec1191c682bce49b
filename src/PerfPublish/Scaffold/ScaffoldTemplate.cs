using PerfPublish.Validate.Rules;
using PerfPublish.Write.Content;
using Scriban;
using Scriban.Runtime;

namespace PerfPublish.Scaffold;

/// <summary>
/// Renders one file of templates/new/ (Scriban). Unlike the document templates nothing is HTML-escaped:
/// these write YAML and Markdown, so values go through `yaml` (a double-quoted YAML string) instead.
/// </summary>
public static class ScaffoldTemplate
{
    public static string Render(string path, ScriptObject model)
    {
        var template = Template.Parse(File.ReadAllText(path), path);
        if (template.HasErrors)
            throw new InvalidDataException($"{path}: {string.Join("; ", template.Messages)}");
        var globals = new ScriptObject();
        globals.Import("yaml", new Func<string, string>(YamlString));
        globals.Import("placeholder", new Func<string, string>(what => YamlString(PlaceholderRule.Marker + what)));
        globals.Import("placeholder_text", new Func<string, string>(what => PlaceholderRule.Marker + what));
        var context = new TemplateContext { StrictVariables = true };
        context.PushGlobal(globals);
        context.PushGlobal(model);
        return template.Render(context).ReplaceLineEndings("\n");
    }

    /// <summary>A YAML double-quoted scalar: safe for any text, whatever ':', '#' or quotes it holds.</summary>
    public static string YamlString(string text) => YamlScalar.QuotedText(text);
}

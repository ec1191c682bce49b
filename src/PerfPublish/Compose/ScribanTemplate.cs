using PerfPublish.Diagnostics;
using PerfPublish.Load;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PerfPublish.Compose;

/// <summary>
/// A Scriban template file, parsed once and rendered with escaping on. Errors in it (or in a
/// template it includes) become diagnostics at the template's own file, line and column.
/// </summary>
public sealed class ScribanTemplate
{
    private readonly Template _template;
    private readonly string _path;

    private ScribanTemplate(Template template, string path)
    {
        _template = template;
        _path = path;
    }

    public static ScribanTemplate? Load(string path, DiagnosticBag diagnostics)
    {
        var text = SourceFile.ReadText(path, SourceLocation.StartOf(SourceFile.DisplayPath(path)), diagnostics);
        if (text is null) return null;

        var template = Template.Parse(text, Path.GetFullPath(path));
        foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
            Report(message.Span, message.Message, diagnostics);
        return template.HasErrors ? null : new ScribanTemplate(template, Path.GetFullPath(path));
    }

    public string? Render(ScriptObject globals, DiagnosticBag diagnostics)
    {
        var context = new EscapingTemplateContext
        {
            StrictVariables = true,
            LoopLimit = 100_000,
            TemplateLoader = new FolderTemplateLoader(Path.GetDirectoryName(_path)!),
        };
        context.PushGlobal(globals);
        try
        {
            return _template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            Report(e.Span, e.OriginalMessage, diagnostics);
            return null;
        }
    }

    private static void Report(SourceSpan span, string message, DiagnosticBag diagnostics) =>
        diagnostics.ErrorOf(SourceLocation.At(SourceFile.DisplayPath(span.FileName), span),
            Codes.Template, message);
}

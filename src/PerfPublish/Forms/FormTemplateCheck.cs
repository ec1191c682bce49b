using PerfPublish.Diagnostics;
using PerfPublish.Load;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace PerfPublish.Forms;

/// <summary>
/// PP0504: the profile's template defines its function (project_form or department_form) with the parameters
/// document.sbn-html passes it, and prints only fields the definition has. Every member path on the function's
/// record parameter (record.funds.total) is followed through the definition's groups and reported where it is written.
/// </summary>
internal static class FormTemplateCheck
{
    /// <summary>
    /// What document.sbn-html passes the function, in order: the publication (unit, year, currency unit), the
    /// form's record and its title. The form is given all it prints, so it need not read the outer template's variables.
    /// </summary>
    private static readonly string[] Parameters = ["publication", "record", "title"];

    private const int RecordParameter = 1;

    public static void Check(FormProfile profile, DiagnosticBag diagnostics)
    {
        var display = SourceFile.DisplayPath(profile.TemplatePath);
        var text = SourceFile.ReadText(profile.TemplatePath, SourceLocation.StartOf(display), diagnostics);
        if (text is null) return;
        var template = Template.Parse(text, profile.TemplatePath);
        foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
            diagnostics.ErrorOf(SourceLocation.At(display, message.Span), Codes.Template, message.Message);
        if (template.HasErrors) return;

        var functions = new FunctionFinder();
        template.Page?.Accept(functions);
        var named = functions.Found.Where(f => f.Name == profile.FunctionName).ToList();
        var function = named.FirstOrDefault(f => f.Parameters.Count == Parameters.Length);
        if (function.Name is null)
        {
            // A function of that name with other parameters (a template written before the form was given its
            // publication) is pointed at; with none, the file is.
            var at = named.Count > 0 ? SourceLocation.At(display, named[0].Node.Span) : SourceLocation.StartOf(display);
            diagnostics.Error(at, Codes.TemplateField, Messages.Format("PP0504_Function", profile.FunctionName, string.Join(", ", Parameters)));
            return;
        }
        var record = function.Parameters[RecordParameter];
        if (record is null) return;
        var members = new MemberFinder(record);
        function.Node.Accept(members);
        foreach (var (path, span) in members.Paths)
        {
            var unknown = Unknown(profile, path);
            if (unknown is not null)
                diagnostics.ErrorOf(SourceLocation.At(display, span), Codes.TemplateField, record + "." + string.Join(".", path), unknown, profile.Id);
        }
    }

    /// <summary>The first member of the path the definition does not have, or null when it has them all.</summary>
    private static string? Unknown(FormProfile profile, IReadOnlyList<string> path)
    {
        var fields = profile.Fields;
        var atRoot = true;
        foreach (var member in path)
        {
            if (member == "order" && atRoot && profile.Kind == FormKind.Project) return null;
            atRoot = false;
            var field = fields.FirstOrDefault(f => f.Key == member);
            if (field is null) return member;
            if (field.Type != FieldType.Group) return null;
            fields = field.Fields;
        }
        return null;
    }

    private sealed class FunctionFinder : ScriptVisitor
    {
        public List<(string? Name, IReadOnlyList<string?> Parameters, ScriptFunction Node)> Found { get; } = [];

        public override void Visit(ScriptFunction node)
        {
            var name = (node.NameOrDoToken as ScriptVariable)?.Name;
            var parameters = node.Parameters?.Select(p => p.Name?.Name).ToList() ?? [];
            Found.Add((name, parameters, node));
            base.Visit(node);
        }
    }

    private sealed class MemberFinder(string record) : ScriptVisitor
    {
        public List<(IReadOnlyList<string> Path, SourceSpan Span)> Paths { get; } = [];

        public override void Visit(ScriptMemberExpression node)
        {
            var path = new List<string>();
            ScriptExpression? current = node;
            while (current is ScriptMemberExpression member && member.Member is ScriptVariable name)
            {
                path.Insert(0, name.Name);
                current = member.Target;
            }
            if (current is ScriptVariable root && root.Name == record)
                Paths.Add((path, node.Span));
            else
                base.Visit(node);
        }
    }
}

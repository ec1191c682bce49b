using PerfPublish.Diagnostics;
using PerfPublish.Load;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace PerfPublish.Forms;

/// <summary>
/// PP0504: the profile's template defines its function (project_form or department_form) and prints
/// only fields the definition has. Every member path on the function's record parameter
/// (record.funds.total) is followed through the definition's groups and reported where it is written.
/// </summary>
internal static class FormTemplateCheck
{
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
        var function = functions.Found.FirstOrDefault(f => f.Name == profile.FunctionName);
        if (function.Name is null)
        {
            diagnostics.Error(SourceLocation.StartOf(display), Codes.TemplateField,
                Messages.Format("PP0504_Function", profile.FunctionName, "record, title"));
            return;
        }
        if (function.Record is null) return;
        var members = new MemberFinder(function.Record);
        function.Node.Accept(members);
        foreach (var (path, span) in members.Paths)
        {
            var unknown = Unknown(profile, path);
            if (unknown is not null)
                diagnostics.ErrorOf(SourceLocation.At(display, span), Codes.TemplateField, function.Record + "." + string.Join(".", path), unknown, profile.Id);
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
        public List<(string? Name, string? Record, ScriptFunction Node)> Found { get; } = [];

        public override void Visit(ScriptFunction node)
        {
            var name = (node.NameOrDoToken as ScriptVariable)?.Name;
            var record = node.Parameters is { Count: > 0 } parameters ? parameters[0].Name?.Name : null;
            Found.Add((name, record, node));
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

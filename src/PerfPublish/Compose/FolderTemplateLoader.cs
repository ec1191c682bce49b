using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace PerfPublish.Compose;

/// <summary>Resolves `include "name"` to a file beside the including template.</summary>
internal sealed class FolderTemplateLoader(string folder) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        Path.GetFullPath(Path.Combine(folder, templateName));

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => File.ReadAllText(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}

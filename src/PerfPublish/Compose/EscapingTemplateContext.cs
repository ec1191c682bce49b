using System.Net;
using Scriban;
using Scriban.Parsing;

namespace PerfPublish.Compose;

/// <summary>
/// Escapes every value a template writes, so content text can never become markup; only
/// <see cref="Markup"/> made by our own functions (e.g. rendered Markdown) is written as it is.
/// </summary>
internal sealed class EscapingTemplateContext : TemplateContext
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject) =>
        base.Write(span, textAsObject is Markup markup ? markup.Html : WebUtility.HtmlEncode(ObjectToString(textAsObject)));

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        ValueTask.FromResult(Write(span, textAsObject));
}

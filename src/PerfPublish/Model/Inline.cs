namespace PerfPublish.Model;

public abstract record Inline
{
    public static string PlainText(IEnumerable<Inline> inlines, string lineBreak = "\n") =>
        string.Concat(inlines.Select(i => i switch
        {
            Text text => text.Value,
            LineBreak => lineBreak,
            Span span => PlainText(span.Content, lineBreak),
            _ => "",
        }));
}

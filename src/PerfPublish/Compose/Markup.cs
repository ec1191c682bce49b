namespace PerfPublish.Compose;

/// <summary>Document markup that a template function produced itself and that is therefore not escaped again.</summary>
public sealed record Markup(string Html)
{
    public override string ToString() => Html;
}

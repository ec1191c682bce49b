namespace PerfPublish.Model;

/// <summary>The budget unit; Code is "" where the publication gives none (many forms print no unit code).</summary>
public sealed record Unit(string Code, string Name)
{
    public bool HasCode => Code.Length > 0;
}

namespace PerfPublish.Review;

/// <summary>One entry of a built Word file's table of contents: its level, its title, and its page where a layout filled it in.</summary>
public sealed record OutlineEntry(int Level, string Title, int? Page)
{
    public string Key => $"{Level}\u001f{Title}";
}

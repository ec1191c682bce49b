namespace PerfPublish.Tests.Support;

/// <summary>A throw-away copy of a content folder that a test may break; deleted when disposed.</summary>
public sealed class TempContent : IDisposable
{
    private TempContent(string root)
    {
        Root = root;
        Path = System.IO.Path.Combine(root, "content", "publication");
    }

    /// <summary>The folder that holds content/ (and output/ when a test builds).</summary>
    public string Root { get; }

    /// <summary>The copied publication folder.</summary>
    public string Path { get; }

    public string Content => System.IO.Path.Combine(Root, "content");

    public string Output => System.IO.Path.Combine(Root, "output");

    public static TempContent CopyOf(string publicationFolder)
    {
        var root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "perfpublish-tests", Guid.NewGuid().ToString("N"));
        var temp = new TempContent(root);
        Copy(publicationFolder, temp.Path);
        return temp;
    }

    public void Write(string relativePath, string text) =>
        File.WriteAllText(System.IO.Path.Combine(Path, relativePath), text);

    public void Replace(string relativePath, string oldText, string newText)
    {
        var path = System.IO.Path.Combine(Path, relativePath);
        var text = File.ReadAllText(path);
        Assert.Contains(oldText, text);
        File.WriteAllText(path, text.Replace(oldText, newText));
    }

    public static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, System.IO.Path.Combine(to, System.IO.Path.GetFileName(file)), true);
        foreach (var folder in Directory.GetDirectories(from)) Copy(folder, System.IO.Path.Combine(to, System.IO.Path.GetFileName(folder)));
    }

    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}

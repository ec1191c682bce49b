using DocumentFormat.OpenXml.Packaging;

namespace PerfPublish.Tests.Support;

/// <summary>A throw-away copy of templates/ that a test may change (a template, reference.docx); deleted when disposed.</summary>
public sealed class TempTemplates : IDisposable
{
    private TempTemplates(string path) => Path = path;

    public string Path { get; }

    public static TempTemplates CopyOf(string templatesFolder)
    {
        var copy = new TempTemplates(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "perfpublish-templates", Guid.NewGuid().ToString("N")));
        TempContent.Copy(templatesFolder, copy.Path);
        return copy;
    }

    public void Replace(string relativePath, string oldText, string newText)
    {
        var path = System.IO.Path.Combine(Path, relativePath);
        var text = File.ReadAllText(path);
        Assert.Contains(oldText, text);
        File.WriteAllText(path, text.Replace(oldText, newText));
    }

    /// <summary>Changes the copied reference.docx in place, as a person restyling it in Word would.</summary>
    public void EditReferenceDocx(Action<WordprocessingDocument> edit)
    {
        using var document = WordprocessingDocument.Open(System.IO.Path.Combine(Path, "reference.docx"), true);
        edit(document);
    }

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}

using System.Text.RegularExpressions;

namespace PerfPublish.Corpus;

/// <summary>One seed project file: its name without the order prefix ("land-exchange-center.yaml"), code and name.</summary>
public sealed record SeedProject(string FileStem, string Code, string Name, string Text)
{
    public static SeedProject From(string fileName, string text) => new(
        Regex.Replace(fileName, @"^\d+-", ""),
        SeedContent.Scalar(text, "code"),
        SeedContent.Scalar(text, "name"),
        text);
}

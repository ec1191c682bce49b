using System.Collections.Immutable;
using PerfPublish.Diagnostics;
using PerfPublish.Load;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace PerfPublish.Forms;

/// <summary>An indicator framework: the allowed first-level names, each with its allowed second-level names.</summary>
public sealed record Framework(string Id, ImmutableArray<string> FirstLevels, ImmutableDictionary<string, ImmutableArray<string>> Levels)
{
    /// <summary>The frameworks shipped as templates/frameworks/&lt;id&gt;.yaml, by id; a broken file is reported and left out.</summary>
    public static ImmutableDictionary<string, Framework> LoadAll(string frameworksFolder, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(frameworksFolder))
        {
            diagnostics.Error(SourceLocation.StartOf(SourceFile.DisplayPath(frameworksFolder)), Codes.FileMissing,
                Messages.Format("PP0002_Frameworks", SourceFile.DisplayPath(frameworksFolder)));
            return ImmutableDictionary<string, Framework>.Empty;
        }

        return Directory.EnumerateFiles(frameworksFolder, "*.yaml")
            .Order(StringComparer.Ordinal)
            .Select(path => Load(path, diagnostics))
            .OfType<Framework>()
            .ToImmutableDictionary(f => f.Id, StringComparer.Ordinal);
    }

    private static Framework? Load(string path, DiagnosticBag diagnostics)
    {
        var display = SourceFile.DisplayPath(path);
        try
        {
            var levels = new DeserializerBuilder().Build()
                .Deserialize<Dictionary<string, List<string>>?>(File.ReadAllText(path));
            if (levels is { Count: > 0 } && levels.Values.All(l => l is { Count: > 0 }))
                return new Framework(Path.GetFileNameWithoutExtension(path), [.. levels.Keys],
                    levels.ToImmutableDictionary(l => l.Key, l => l.Value.ToImmutableArray()));
            diagnostics.Error(SourceLocation.StartOf(display), Codes.WrongType,
                Messages.Format("PP0102_Framework"));
        }
        catch (YamlException e)
        {
            diagnostics.Error(SourceLocation.At(display, e.Start),
                Codes.YamlSyntax, YamlErrors.Explain(e));
        }
        return null;
    }
}

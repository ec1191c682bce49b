using System.Collections.Immutable;
using YamlDotNet.Serialization;

namespace PerfPublish.Validate;

/// <summary>An indicator framework: the allowed first-level names, each with its allowed second-level names.</summary>
public sealed record Framework(string Id, ImmutableArray<string> FirstLevels, ImmutableDictionary<string, ImmutableArray<string>> Levels)
{
    /// <summary>The frameworks shipped as templates/frameworks/&lt;id&gt;.yaml, by id.</summary>
    public static ImmutableDictionary<string, Framework> LoadAll(string frameworksFolder) =>
        Directory.EnumerateFiles(frameworksFolder, "*.yaml")
            .Select(Load)
            .ToImmutableDictionary(f => f.Id, StringComparer.Ordinal);

    private static Framework Load(string path)
    {
        var levels = new DeserializerBuilder().Build()
            .Deserialize<Dictionary<string, List<string>>>(File.ReadAllText(path));
        return new Framework(Path.GetFileNameWithoutExtension(path), [.. levels.Keys],
            levels.ToImmutableDictionary(l => l.Key, l => l.Value.ToImmutableArray()));
    }
}

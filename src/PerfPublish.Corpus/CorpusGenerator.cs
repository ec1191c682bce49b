using System.Globalization;
using System.Text.RegularExpressions;

namespace PerfPublish.Corpus;

/// <summary>
/// Writes a content tree of <see cref="CorpusShape"/> publications copied from the seed: every text
/// and number of the seed stays (so the content is valid and every rule runs on real data); the year,
/// the unit's code and name and each project's code and name are made unique. The same arguments
/// always write the same bytes.
/// </summary>
public static class CorpusGenerator
{
    /// <summary>Writes the corpus under <paramref name="contentFolder"/> (created; existing files are overwritten) and returns the publication folders in order.</summary>
    public static IReadOnlyList<string> Write(string seedFolder, string contentFolder, CorpusShape shape)
    {
        var seed = SeedContent.Read(seedFolder);
        var folders = new List<string>();
        for (var unit = 0; unit < shape.Units; unit++)
        for (var year = seed.Year; year < seed.Year + shape.Years; year++)
            folders.Add(WritePublication(seed, contentFolder, unit, year, shape.Projects));
        return folders;
    }

    /// <summary>The unit code of the n-th generated unit (0 is the seed's own code).</summary>
    public static string UnitCode(SeedContent seed, int unit) =>
        (long.Parse(seed.UnitCode, CultureInfo.InvariantCulture) + unit).ToString(CultureInfo.InvariantCulture).PadLeft(seed.UnitCode.Length, '0');

    /// <summary>The n-th unit's name: the seed's, with a number before its "(本级)" suffix (0 is the seed's own name).</summary>
    public static string UnitName(SeedContent seed, int unit)
    {
        if (unit == 0) return seed.UnitName;
        var suffix = Regex.Match(seed.UnitName, @"[(（][^)）]*[)）]$").Value;
        return $"{seed.UnitName[..^suffix.Length]}第{unit + 1}分部{suffix}";
    }

    private static string WritePublication(SeedContent seed, string contentFolder, int unit, int year, int projectCount)
    {
        var unitCode = UnitCode(seed, unit);
        var folder = Path.Combine(contentFolder, $"{year}-{unitCode}");
        Directory.CreateDirectory(Path.Combine(folder, SeedContent.ProjectsFolder));
        var unitName = UnitName(seed, unit);
        // The name is the seed's base name + a number + the "(本级)" suffix, so replacing the base alone renames every mention once.
        var seedUnitBase = UnitBase(seed.UnitName);

        foreach (var file in seed.PublicationFiles)
        {
            var text = file.Text
                .Replace(seedUnitBase, UnitBase(unitName), StringComparison.Ordinal)
                .Replace($"{seed.Year}年", $"{year}年", StringComparison.Ordinal);
            text = ReplaceScalar(text, "year", year.ToString(CultureInfo.InvariantCulture));
            text = ReplaceScalar(text, "  code", $"\"{unitCode}\"");
            File.WriteAllText(Path.Combine(folder, file.Name), text);
        }

        var width = Math.Max(2, projectCount.ToString(CultureInfo.InvariantCulture).Length);
        for (var p = 0; p < projectCount; p++)
        {
            var source = seed.Projects[p % seed.Projects.Count];
            var order = (p + 1).ToString(CultureInfo.InvariantCulture);
            var name = p < seed.Projects.Count ? source.Name : $"{source.Name}（{p / seed.Projects.Count + 1}）";
            var text = ReplaceScalar(source.Text, "code", ProjectCode(source.Code, unit, p));
            text = ReplaceScalar(text, "name", name)
                .Replace($"第二部分 {(p % seed.Projects.Count) + 1}.{source.Name}绩效目标表", $"第二部分 {order}.{name}绩效目标表", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(folder, SeedContent.ProjectsFolder, $"{order.PadLeft(width, '0')}-{source.FileStem}"), text);
        }

        return folder;
    }

    /// <summary>
    /// A project code unique across the corpus and stable across years (a project continues from one
    /// year to the next): the seed code's prefix, then the unit and the project number, same length as the seed's.
    /// </summary>
    private static string ProjectCode(string seedCode, int unit, int project)
    {
        var tail = $"{unit:D5}{project:D4}";
        return seedCode.Length > tail.Length ? seedCode[..^tail.Length] + tail : tail;
    }

    private static string UnitBase(string unitName) => Regex.Replace(unitName, @"[(（][^)）]*[)）]$", "");

    private static string ReplaceScalar(string yaml, string key, string value) =>
        Regex.Replace(yaml, $@"^(?<key>{key}:[ \t]*)[^#\r\n]*?(?<rest>[ \t]*(#.*)?\r?)$", m => m.Groups["key"].Value + value + m.Groups["rest"].Value,
            RegexOptions.Multiline, TimeSpan.FromSeconds(1));
}

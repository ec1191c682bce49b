using PerfPublish.Diagnostics;

namespace PerfPublish.Cli;

/// <summary>
/// What the command line prints itself, in Chinese (Texts.resx, the default) and English (Texts.en.resx).
/// A new text: add the same entry to both files, with {0}, {1}, … for values, and print CliText.Of("Key", values).
/// </summary>
internal static class CliText
{
    private static readonly Localized Texts = new("PerfPublish.Cli.Texts", typeof(CliText).Assembly);

    public static string Of(string key, params object?[] values) => Texts.Format(key, values);

    /// <summary>A build stage's name ("check", "compose", …); a stage without a translation keeps its own name.</summary>
    public static string Stage(string stage) => Texts.Find("Stage_" + stage) ?? stage;
}

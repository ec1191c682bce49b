using System.Globalization;
using System.Resources;

namespace PerfPublish.Diagnostics;

/// <summary>
/// Texts from a pair of .resx files: the neutral one in Chinese (the default), "*.en.resx" in English.
/// The language is the current UI culture, which the command line sets from --lang or PERFPUBLISH_LANG.
/// Values are formatted invariantly, so 6.00 prints as 6.00 in every language.
/// </summary>
public sealed class Localized(string baseName, System.Reflection.Assembly assembly)
{
    private readonly ResourceManager _resources = new(baseName, assembly);

    public string Format(string key, params object?[] values) =>
        string.Format(CultureInfo.InvariantCulture, Template(key, CultureInfo.CurrentUICulture), values);

    /// <summary>The entry in the current language, or null where there is none (for names that may be new, such as a build stage's).</summary>
    public string? Find(string key) => _resources.GetString(key, CultureInfo.CurrentUICulture);

    /// <summary>The unformatted entry in one language; an unknown key is a bug, so it throws.</summary>
    public string Template(string key, CultureInfo culture) =>
        _resources.GetString(key, culture) ?? throw new MissingManifestResourceException($"no text '{key}' in {_resources.BaseName}");

    /// <summary>Every key of one language's file (without falling back to the other), for the tests that keep the two files in step.</summary>
    public IReadOnlyDictionary<string, string> All(CultureInfo culture) =>
        _resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
}

using System.Globalization;
using System.Runtime.CompilerServices;

namespace PerfPublish.Tests.Support;

/// <summary>
/// The tests read messages in English unless they choose Chinese: most assert on wording, and were written
/// against the English. The Chinese is checked by the bilingual corpus (expected.zh.txt), the CLI tests and
/// Diagnostics/MessagesTests. The culture flows with each test's async context, so parallel tests do not mix.
/// </summary>
public static class MessageLanguage
{
    public static readonly CultureInfo English = new("en");
    public static readonly CultureInfo Chinese = new("zh-Hans");

    [ModuleInitializer]
    internal static void EnglishByDefault() => CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.CurrentUICulture = English;

    /// <summary>Runs <paramref name="work"/> with messages in <paramref name="language"/>, then restores the previous one.</summary>
    public static T In<T>(CultureInfo language, Func<T> work)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = language;
        try { return work(); }
        finally { CultureInfo.CurrentUICulture = previous; }
    }
}

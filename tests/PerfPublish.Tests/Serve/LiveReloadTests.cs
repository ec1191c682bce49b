using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using PerfPublish.Serve;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Serve;

/// <summary>
/// What serve does to a built page's Content-Security-Policy: read it as a policy (the page writes its quotes
/// as &amp;#39;, whose ';' is no separator), keep every directive and source, and add only 'self' for the
/// reload script and its events.
/// </summary>
public class LiveReloadTests
{
    [Fact]
    public void The_policy_of_a_built_page_keeps_every_source_and_gains_only_self_for_scripts_and_events()
    {
        var page = Seed.Html;
        var built = Directives(PolicyOf(page));

        var served = Directives(PolicyOf(Encoding.UTF8.GetString(LiveReload.Inject(Encoding.UTF8.GetBytes(page), 1))));

        // Every directive the page has keeps its sources, in its order; script-src and connect-src gain 'self' only.
        Assert.Equal(built.Keys, served.Keys.Take(built.Count));
        foreach (var (name, sources) in built)
            Assert.Equal(name is "script-src" or "connect-src" ? WithSelf(sources) : sources, served[name]);
        Assert.Contains("'self'", served["script-src"]);
        Assert.Contains("'self'", served["connect-src"]);
        Assert.Contains(served["style-src"], s => s.StartsWith("'sha256-", StringComparison.Ordinal));
    }

    [Fact]
    public void A_source_list_missing_from_the_page_starts_from_its_default_src()
    {
        var widened = LiveReload.Widen("default-src 'none'; style-src 'self'");

        Assert.Equal("default-src 'none'; style-src 'self'; script-src 'self'; connect-src 'self'", widened);
        Assert.Equal("default-src 'self' 'sha256-x='; script-src 'self' 'sha256-x='; connect-src 'self' 'sha256-x='",
            LiveReload.Widen("default-src 'self' 'sha256-x='"));
    }

    [Fact]
    public void A_script_hash_stays_and_self_is_not_added_twice()
    {
        var widened = LiveReload.Widen("default-src 'none'; script-src 'sha256-ab='; connect-src 'self'; style-src 'self'");

        Assert.Equal("default-src 'none'; script-src 'sha256-ab=' 'self'; connect-src 'self'; style-src 'self'", widened);
    }

    private static string[] WithSelf(string[] sources) =>
        sources.Contains("'self'") ? sources : [.. sources.Where(s => s != "'none'"), "'self'"];

    /// <summary>The page's policy as the browser reads it: the attribute's text with its character references decoded.</summary>
    private static string PolicyOf(string html) =>
        WebUtility.HtmlDecode(Regex.Match(html, "<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">").Groups[1].Value);

    private static Dictionary<string, string[]> Directives(string policy) => policy
        .Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .ToDictionary(d => d[0], d => d[1..]);
}

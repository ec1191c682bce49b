namespace PerfPublish.BrowserTests.Support;

/// <summary>
/// Where the system Chromium is. Playwright cannot download its own browser here, so the tests drive
/// Debian's chromium (apt-get install -y chromium, or build.ps1 install-browser). PERFPUBLISH_CHROMIUM
/// names another executable.
/// </summary>
public static class Chromium
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    public static string? Path { get; } = Find();

    /// <summary>Why the browser tests are skipped, or null when they run.</summary>
    public static string? Missing => Path is null
        ? $"Chromium is not installed (looked for PERFPUBLISH_CHROMIUM, {string.Join(", ", Candidates)}); " +
          "install it with 'dotnet pwsh build.ps1 install-browser' (apt-get install -y chromium)"
        : null;

    /// <summary>No sandbox (containers run as root), no GPU, and none of the browser's own traffic to the network.</summary>
    public static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    private static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("PERFPUBLISH_CHROMIUM");
        if (!string.IsNullOrEmpty(configured)) return File.Exists(configured) ? configured : null;
        return Candidates.FirstOrDefault(File.Exists);
    }
}

/// <summary>A fact that runs in Chromium: skipped, with the reason in the test report, where Chromium is missing.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.Missing is { } reason) Skip = reason;
    }
}

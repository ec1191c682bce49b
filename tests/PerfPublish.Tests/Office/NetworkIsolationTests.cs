using System.Diagnostics;
using System.Text;
using PerfPublish.Office;
using PerfPublish.Tests.Support;
using PerfPublish.Tests.Write.Pdf;

namespace PerfPublish.Tests.Office;

/// <summary>
/// LibreOffice runs in a network namespace of its own where the machine allows it, and the build and
/// import say so where it does not.
/// </summary>
public class NetworkIsolationTests
{
    [IsolatedFact]
    public void Inside_the_namespace_not_even_the_loopback_address_is_reached()
    {
        using var counter = new ConnectionCounter();

        var inside = Connect(NetworkIsolation.Current, counter.Port);
        var outside = Connect(NetworkIsolation.None("control"), counter.Port);

        Assert.NotEqual(0, inside);
        Assert.Equal(0, outside);
        Assert.Equal(1, counter.Connections);
    }

    /// <summary>bash's own /dev/tcp: connects to 127.0.0.1:<paramref name="port"/> and says whether it could.</summary>
    private static int Connect(NetworkIsolation isolation, int port)
    {
        var start = isolation.StartInfo("bash");
        foreach (var argument in new[] { "-c", $": > /dev/tcp/127.0.0.1/{port}" }) start.ArgumentList.Add(argument);
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "bash did not finish");
        return process.ExitCode;
    }

    [LibreOfficeFact]
    public void The_pdf_step_as_the_build_runs_it_asks_nothing_of_a_linked_address()
    {
        using var counter = new ConnectionCounter();
        var found = LibreOffice.Find(Path.Combine(Repo.Templates, "pdf-fonts.conf"));
        using var libreOffice = found.LibreOffice!;

        var pdf = libreOffice.ConvertToPdf(LinkingDocuments.Docx(counter.Url("picture")));

        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.Equal(0, counter.Connections);
        Assert.Equal(NetworkIsolation.Current.Notice, found.Notice);
    }

    [Fact]
    public void Without_unshare_on_the_path_there_is_no_namespace_and_the_reason_says_so()
    {
        var isolation = MessageLanguage.In(MessageLanguage.English, () => NetworkIsolation.Detect(""));

        Assert.False(isolation.Isolated);
        Assert.Empty(isolation.Launcher);
        Assert.Equal(OperatingSystem.IsLinux() ? "unshare (util-linux) is not on PATH" : "a network namespace is a Linux feature", isolation.Unavailable);
    }

    [Fact]
    public void Where_there_is_no_namespace_the_build_says_that_only_the_settings_apply_and_why()
    {
        using var fake = new FakeSoffice();

        var notice = MessageLanguage.In(MessageLanguage.English, () =>
        {
            using var found = new DisposableFind(LibreOffice.Find(null, fake.Folder, null, NetworkIsolation.None("unshare --net refused: Operation not permitted")));
            return found.Availability.Notice;
        });

        Assert.Equal("LibreOffice runs with the network reachable, as it could not be given a network of its own here (unshare --net refused: " +
            "Operation not permitted): only its settings keep a document from loading what it links to (pictures, style sheets, " +
            "linked sections and objects) or running macros", notice);
    }

    [Fact]
    public void Where_there_is_a_namespace_the_build_has_nothing_to_say_about_it()
    {
        using var fake = new FakeSoffice();
        var isolated = new NetworkIsolation(["unshare", "--net", "--"], null);

        using var found = new DisposableFind(LibreOffice.Find(null, fake.Folder, null, isolated));

        Assert.Null(found.Availability.Notice);
    }

    /// <summary>A folder with a file named soffice: enough for Find, which only looks for it.</summary>
    private sealed class FakeSoffice : IDisposable
    {
        public string Folder { get; } = Path.Combine(Path.GetTempPath(), "perfpublish-tests", Guid.NewGuid().ToString("N"));

        public FakeSoffice()
        {
            Directory.CreateDirectory(Folder);
            File.WriteAllText(Path.Combine(Folder, "soffice"), "");
        }

        public void Dispose() => Directory.Delete(Folder, recursive: true);
    }

    private sealed record DisposableFind(PdfAvailability Availability) : IDisposable
    {
        public void Dispose() => Availability.LibreOffice?.Dispose();
    }
}

/// <summary>A fact that needs a network namespace (unshare --net): skipped, with the reason, where the machine allows none.</summary>
public sealed class IsolatedFactAttribute : FactAttribute
{
    public IsolatedFactAttribute()
    {
        if (NetworkIsolation.Current.Unavailable is { } reason) Skip = $"no network namespace here: {reason}";
    }
}

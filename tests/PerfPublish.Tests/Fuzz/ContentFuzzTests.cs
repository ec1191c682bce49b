using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using PerfPublish.Diagnostics;
using PerfPublish.Publishing;
using PerfPublish.Tests.Support;
using Xunit.Abstractions;

namespace PerfPublish.Tests.Fuzz;

/// <summary>
/// Mutates the seed publication at random and builds it, case after case, into one output folder.
/// Whatever the input: no exception escapes, every diagnostic is one well-formed compiler-format line,
/// `check` finds errors exactly when `build` does, a failed build leaves the output byte for byte as it
/// was, and a successful one leaves a complete site. CI runs a few hundred cases;
/// `dotnet pwsh build.ps1 fuzz [cases] [seed]` runs 10,000 or more (PERFPUBLISH_FUZZ_CASES, PERFPUBLISH_FUZZ_SEED).
/// </summary>
public partial class ContentFuzzTests(ITestOutputHelper output)
{
    [GeneratedRegex(@"^PP\d{4}$")]
    private static partial Regex CodeFormat();

    [Fact]
    public void Random_breakage_never_crashes_never_half_writes_and_check_agrees_with_build()
    {
        var cases = FuzzRun.Cases;
        var seed = FuzzRun.Seed;
        using var temp = TempContent.CopyOf(Repo.SeedPublication);
        var options = new BuildOptions(temp.Content, Repo.Templates, temp.Output) { RenderPdf = false };
        Assert.True(Pipeline.Build(options).Succeeded);
        var site = Fingerprint(options.SiteFolder);

        var failures = new List<string>();
        var succeeded = 0;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < cases && failures.Count < 10; i++)
        {
            Restore(temp.Path);
            var mutation = new ContentMutator(new Random(FuzzRun.CaseSeed(seed, i))).Mutate(temp.Path);
            var problem = RunCase(options, ref site, ref succeeded);
            if (problem is not null) failures.Add($"case {i} (seed {seed}): {mutation}\n    {problem}");
        }

        output.WriteLine($"{cases} cases in {clock.Elapsed.TotalSeconds:0.0} s ({succeeded} built, {cases - succeeded} rejected), seed {seed}");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>One mutated content run through check and build; null when every promise held.</summary>
    private static string? RunCase(BuildOptions options, ref Dictionary<string, string> site, ref int succeeded)
    {
        BuildResult check, build;
        try
        {
            check = Pipeline.Check(options);
            build = Pipeline.Build(options);
        }
        catch (Exception e)
        {
            return $"unhandled {e.GetType().Name}: {e.Message}\n{e.StackTrace}";
        }

        var malformed = check.Diagnostics.Concat(build.Diagnostics).FirstOrDefault(d => !WellFormed(d));
        if (malformed is not null) return $"malformed diagnostic: {malformed}";
        if (check.Succeeded != build.Succeeded)
            return $"check {(check.Succeeded ? "passed" : "failed")} but build {(build.Succeeded ? "passed" : "failed")}: {string.Join(" | ", build.Diagnostics.Concat(check.Diagnostics))}";
        if (Directory.GetDirectories(Path.GetDirectoryName(Path.GetFullPath(options.SiteFolder))!, ".site.*").Length > 0)
            return "a staging folder was left beside the output";

        var now = Fingerprint(options.SiteFolder);
        if (!build.Succeeded)
            return now.Count == site.Count && !now.Except(site).Any() ? null : "a failed build changed the output";
        var missing = new[] { "index.html", "site.css", "publication/index.html", "publication/publication.docx" }.Where(f => !now.ContainsKey(f)).ToList();
        if (missing.Count > 0) return $"a successful build left an incomplete site, missing {string.Join(", ", missing)}";
        site = now;
        succeeded++;
        return null;
    }

    private static bool WellFormed(Diagnostic d) =>
        d.Location.Line >= 1 && d.Location.Column >= 1 && d.Location.File.Length > 0 &&
        CodeFormat().IsMatch(d.Code) && d.Message.Trim().Length > 0 && !d.Message.Contains('\n') && !d.Message.Contains("   at ");

    /// <summary>Every file of the site by relative path, with a hash of its bytes.</summary>
    private static Dictionary<string, string> Fingerprint(string folder) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
                f => Path.GetRelativePath(folder, f).Replace('\\', '/'),
                f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))))
            : [];

    /// <summary>Puts the publication folder back to the seed exactly: same files, same bytes, nothing extra.</summary>
    private static void Restore(string publication)
    {
        Directory.Delete(publication, recursive: true);
        TempContent.Copy(Repo.SeedPublication, publication);
    }
}

using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using PerfPublish.Publishing;
using PerfPublish.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace PerfPublish.Tests.Ci;

/// <summary>
/// The CI files that 'perfpublish init' gives an office (ci/): the GitHub workflow passes action-validator,
/// the GitLab file has the jobs, stages, artifacts and Pages job GitLab needs, both run only the commands a
/// person runs, and the problem matcher turns every real diagnostic into an annotation on its file and line.
/// </summary>
public class CiFilesTests
{
    private static readonly string Ci = Path.Combine(Repo.Root, "ci");

    private static YamlMappingNode Yaml(string path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(path)));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlNode? Get(YamlNode node, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (node is not YamlMappingNode mapping || !mapping.Children.TryGetValue(new YamlScalarNode(key), out var child)) return null;
            node = child;
        }
        return node;
    }

    private static IReadOnlyList<string> Strings(YamlNode? node) =>
        node is YamlSequenceNode sequence ? [.. sequence.Children.Cast<YamlScalarNode>().Select(s => s.Value!)] : [];

    [Fact]
    public void The_GitLab_file_has_its_stages_jobs_artifacts_and_a_pages_job()
    {
        var root = Yaml(Path.Combine(Ci, "gitlab", ".gitlab-ci.yml"));
        var stages = Strings(Get(root, "stages"));
        var jobs = root.Children.Where(pair => pair.Value is YamlMappingNode job && Get(job, "script") is not null)
            .ToDictionary(pair => ((YamlScalarNode)pair.Key).Value!, pair => (YamlMappingNode)pair.Value);

        Assert.Equal(["check", "build", "deploy"], stages);
        Assert.Equal(["build", "check", "pages", "review"], jobs.Keys.Order(StringComparer.Ordinal));
        Assert.All(jobs.Values, job => Assert.Contains(((YamlScalarNode)Get(job, "stage")!).Value, stages));

        var check = jobs["check"];
        var report = ((YamlScalarNode)Get(check, "artifacts", "reports", "codequality")!).Value!;
        Assert.Contains(Strings(Get(check, "script")), line => line == $"dotnet perfpublish check --format gitlab > {report}");
        Assert.Equal("always", ((YamlScalarNode)Get(check, "artifacts", "when")!).Value);

        var build = jobs["build"];
        Assert.Contains("dotnet perfpublish build", Strings(Get(build, "script")));
        // LibreOffice and the fonts by the script this repository's CI runs, its packages kept in the job's cache.
        Assert.Contains("sh .ci/install-pdf.sh --cache .cache/perfpublish-pdf-packages", Strings(Get(build, "script")));
        Assert.Equal([".cache/perfpublish-pdf-packages"], Strings(Get(build, "cache", "paths")));
        Assert.Equal(["output/site"], Strings(Get(build, "artifacts", "paths")));

        // GitLab publishes the 'pages' job's public/ folder; only the default branch publishes.
        var pages = jobs["pages"];
        Assert.Equal(["build"], Strings(Get(pages, "needs")));
        Assert.Contains("cp -r output/site public", Strings(Get(pages, "script")));
        Assert.Equal(["public"], Strings(Get(pages, "artifacts", "paths")));
        var rule = ((YamlScalarNode)Get(((YamlSequenceNode)Get(pages, "rules")!).Children[0], "if")!).Value;
        Assert.Equal("$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH", rule);
    }

    [Fact]
    public void Both_files_run_the_commands_a_person_runs_and_nothing_else()
    {
        var gitlab = Yaml(Path.Combine(Ci, "gitlab", ".gitlab-ci.yml")).Children.Values
            .SelectMany(job => Strings(Get(job, "script")));
        var github = ((YamlMappingNode)Get(Yaml(Path.Combine(Ci, "github", "perfpublish.yml")), "jobs")!).Children.Values
            .SelectMany(job => Get(job, "steps") is YamlSequenceNode steps ? steps.Children : [])
            .Select(step => Get(step, "run")).OfType<YamlScalarNode>()
            .SelectMany(run => run.Value!.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var allowed = new Regex(@"^(dotnet tool restore|dotnet perfpublish (check|build|diff)\b.*|sh \.ci/install-pdf\.sh --cache (~/)?\.cache/perfpublish-pdf-packages|echo ""::add-matcher::\.github/perfpublish-matcher\.json""|rm -rf public|cp -r output/site public" +
            // The review on a pull or merge request: fetch the base commit, review against it, show the summary.
            @"|git fetch --no-tags --depth=1 origin ""\$(BASE|CI_MERGE_REQUEST_DIFF_BASE_SHA)""|cat output/review/review\.md( >> ""\$GITHUB_STEP_SUMMARY"")?)$");

        Assert.All(gitlab.Concat(github), line => Assert.Matches(allowed, line));
    }

    [Fact]
    public void The_GitHub_workflow_checks_builds_keeps_the_site_and_deploys_it_from_the_default_branch()
    {
        var workflow = Yaml(Path.Combine(Ci, "github", "perfpublish.yml"));
        var steps = ((YamlSequenceNode)Get(workflow, "jobs", "build", "steps")!).Children;
        // The action without the commit it is pinned to (see Every_action_is_pinned_...).
        string? Uses(YamlNode step) => (Get(step, "uses") as YamlScalarNode)?.Value?.Split('@')[0];
        var runs = string.Join("\n", steps.Select(s => (Get(s, "run") as YamlScalarNode)?.Value));

        Assert.Contains("dotnet tool restore", runs);
        Assert.Contains("dotnet perfpublish check", runs);
        Assert.Contains("dotnet perfpublish build", runs);
        Assert.Contains(steps, s => Uses(s) == "actions/upload-artifact" && ((YamlScalarNode)Get(s, "with", "path")!).Value == "output/site");
        Assert.Contains(steps, s => Uses(s) == "actions/upload-pages-artifact");
        var deploy = Get(workflow, "jobs", "deploy")!;
        Assert.Equal("actions/deploy-pages", Uses(((YamlSequenceNode)Get(deploy, "steps")!).Children[0]));
        Assert.Equal("github.ref == format('refs/heads/{0}', github.event.repository.default_branch)", ((YamlScalarNode)Get(deploy, "if")!).Value);
        Assert.Equal("write", ((YamlScalarNode)Get(deploy, "permissions", "pages")!).Value);
    }

    [Fact]
    public void On_a_pull_or_merge_request_both_review_the_change_against_its_base_and_keep_the_review()
    {
        var github = Get(Yaml(Path.Combine(Ci, "github", "perfpublish.yml")), "jobs", "review")!;
        var steps = ((YamlSequenceNode)Get(github, "steps")!).Children;
        var runs = steps.Select(s => (Get(s, "run") as YamlScalarNode)?.Value).OfType<string>().ToList();
        Assert.Equal("github.event_name == 'pull_request'", ((YamlScalarNode)Get(github, "if")!).Value);
        Assert.Equal("${{ github.event.pull_request.base.sha }}", ((YamlScalarNode)Get(github, "env", "BASE")!).Value);
        Assert.Contains(runs, r => r.StartsWith("dotnet perfpublish diff --from \"$BASE\"", StringComparison.Ordinal));
        Assert.Contains("cat output/review/review.md >> \"$GITHUB_STEP_SUMMARY\"", runs);
        Assert.Contains(steps, s => ((Get(s, "uses") as YamlScalarNode)?.Value ?? "").StartsWith("actions/upload-artifact@", StringComparison.Ordinal)
            && ((YamlScalarNode)Get(s, "with", "path")!).Value == "output/review");
        // The diff comes after the base commit is fetched: a shallow clone has only the merge commit.
        Assert.True(runs.FindIndex(r => r.StartsWith("git fetch", StringComparison.Ordinal)) < runs.FindIndex(r => r.StartsWith("dotnet perfpublish diff", StringComparison.Ordinal)));

        var gitlab = Get(Yaml(Path.Combine(Ci, "gitlab", ".gitlab-ci.yml")), "review")!;
        var script = Strings(Get(gitlab, "script"));
        Assert.Equal("$CI_PIPELINE_SOURCE == \"merge_request_event\"", ((YamlScalarNode)Get(((YamlSequenceNode)Get(gitlab, "rules")!).Children[0], "if")!).Value);
        Assert.Contains(script, l => l.StartsWith("dotnet perfpublish diff --from \"$CI_MERGE_REQUEST_DIFF_BASE_SHA\"", StringComparison.Ordinal));
        Assert.Contains("cat output/review/review.md", script);
        Assert.Equal(["output/review/"], Strings(Get(gitlab, "artifacts", "paths")));
    }

    /// <summary>
    /// A tag can be moved to other code after the workflow was reviewed, a commit cannot: every action is
    /// named by the full commit its release tag pointed at, with that tag in a comment for people and for
    /// update tools (the form Dependabot and Renovate keep up to date).
    /// </summary>
    [Fact]
    public void Every_action_is_pinned_by_a_full_commit_sha_with_its_release_tag_in_a_comment()
    {
        var lines = File.ReadAllLines(Path.Combine(Ci, "github", "perfpublish.yml")).Where(l => l.TrimStart().TrimStart('-').TrimStart().StartsWith("uses:", StringComparison.Ordinal)).ToList();
        var pinned = new Regex(@"^\s*(- )?uses: [\w.-]+/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$");

        Assert.Equal(9, lines.Count);
        Assert.All(lines, line => Assert.Matches(pinned, line));
    }

    [ActionValidatorFact]
    public void The_GitHub_workflow_passes_action_validator()
    {
        var (exit, output) = ActionValidatorFactAttribute.Validate(Path.Combine(Ci, "github", "perfpublish.yml"));

        Assert.True(exit == 0, output);
    }

    [ActionValidatorFact]
    public void Action_validator_rejects_a_broken_workflow()
    {
        using var content = TempContent.CopyOf(Path.Combine(Ci, "github"));
        var broken = Path.Combine(content.Path, "perfpublish.yml");
        File.WriteAllText(broken, File.ReadAllText(broken).Replace("runs-on:", "runs_on:"));

        var (exit, output) = ActionValidatorFactAttribute.Validate(broken);

        Assert.NotEqual(0, exit);
        Assert.Contains("runs_on", output);
    }

    [Fact]
    public void The_problem_matcher_reads_file_line_column_severity_code_and_message_of_real_diagnostics()
    {
        var matcher = JsonDocument.Parse(File.ReadAllText(Path.Combine(Ci, "github", "perfpublish-matcher.json")))
            .RootElement.GetProperty("problemMatcher")[0].GetProperty("pattern")[0];
        var regex = new Regex(matcher.GetProperty("regexp").GetString()!);
        int Group(string name) => matcher.GetProperty(name).GetInt32();

        using var content = TempContent.CopyOf(Repo.SeedPublication);
        Overlay(Path.Combine(Repo.Fixtures, "bad", "structural-and-rule-problems-in-one-run"), content.Path);
        foreach (var language in new[] { MessageLanguage.English, MessageLanguage.Chinese })
        {
            var diagnostics = MessageLanguage.In(language, () => Pipeline.Check(new BuildOptions(content.Content, Repo.Templates, content.Output)).Diagnostics);
            Assert.True(diagnostics.Count >= 7, "the fixture has seven findings");
            Assert.Contains(diagnostics, d => d.Severity == PerfPublish.Diagnostics.Severity.Warning);
            foreach (var diagnostic in diagnostics)
            {
                var match = regex.Match(diagnostic.ToString());
                Assert.True(match.Success, diagnostic.ToString());
                Assert.Equal(diagnostic.Location.File, match.Groups[Group("file")].Value);
                Assert.Equal(diagnostic.Location.Line.ToString(), match.Groups[Group("line")].Value);
                Assert.Equal(diagnostic.Location.Column.ToString(), match.Groups[Group("column")].Value);
                Assert.Equal(diagnostic.Severity.ToString().ToLowerInvariant(), match.Groups[Group("severity")].Value);
                Assert.Equal(diagnostic.Code, match.Groups[Group("code")].Value);
                Assert.Equal(diagnostic.Message, match.Groups[Group("message")].Value);
            }
        }
    }

    private static void Overlay(string caseFolder, string publication)
    {
        foreach (var file in Directory.GetFiles(Path.Combine(caseFolder, "projects")))
            File.Copy(file, Path.Combine(publication, "projects", Path.GetFileName(file)), overwrite: true);
    }
}

/// <summary>
/// A fact that runs action-validator (tests/action-validator, installed by build.ps1 test with npm ci):
/// skipped, with the reason in the test report, where it is not installed.
/// </summary>
public sealed class ActionValidatorFactAttribute : FactAttribute
{
    private static readonly string Tool = Path.Combine(Repo.Root, "tests", "action-validator", "node_modules", ".bin", "action-validator");

    public ActionValidatorFactAttribute()
    {
        if (!File.Exists(Tool)) Skip = "needs action-validator: run 'dotnet pwsh build.ps1 validate-ci' (npm ci in tests/action-validator; Node.js and npm)";
    }

    public static (int Exit, string Output) Validate(string workflow)
    {
        var start = new ProcessStartInfo(Tool, [workflow]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }
}

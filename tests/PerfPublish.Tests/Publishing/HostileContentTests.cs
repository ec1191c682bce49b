using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using PerfPublish.Diagnostics;
using PerfPublish.Publishing;
using PerfPublish.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace PerfPublish.Tests.Publishing;

/// <summary>
/// The hostile-payload corpus (Fixtures/hostile/payloads.txt) through every kind of content field:
/// one build per payload, with the payload in every YAML text (in turn in each YAML scalar style) and
/// in both Markdown files. No output may carry anything that runs or loads, and the warnings must point
/// at the files and lines the payload was put in. See Fixtures/hostile/README.md.
/// </summary>
public partial class HostileContentTests
{
    private static readonly string[] Styles = ["plain", "single", "double", "literal", "folded"];

    /// <summary>Every YAML text field of the seed: file, key (or "- " for the first goal), and whether the payload goes first or last.</summary>
    private static readonly (string File, string Key, bool Append)[] Fields =
    [
        ("publication.yaml", "title", false),
        ("publication.yaml", "code", false),
        ("publication.yaml", "name", false),
        ("publication.yaml", "currency_unit", false),
        ("objectives.yaml", "name", false),
        ("objectives.yaml", "goal", false),
        ("objectives.yaml", "indicator", false),
        ("projects/01-land-exchange-center.yaml", "code", false),
        ("projects/01-land-exchange-center.yaml", "name", false),
        ("projects/01-land-exchange-center.yaml", "purpose", false),
        ("projects/01-land-exchange-center.yaml", "- ", false),
        ("projects/01-land-exchange-center.yaml", "level3", false),
        ("projects/01-land-exchange-center.yaml", "description", false),
        // A 指标值 that starts with < or = is a malformed quantity (an error, so no output at all); after the number it is text.
        ("projects/01-land-exchange-center.yaml", "value", true),
        ("projects/01-land-exchange-center.yaml", "basis", false),
    ];

    private static readonly string[] MarkdownFiles = ["overall-objective.md", "safeguards.md"];

    public static TheoryData<int, string, string> Payloads()
    {
        var data = new TheoryData<int, string, string>();
        var lines = File.ReadAllLines(Path.Combine(Repo.Fixtures, "hostile", "payloads.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            var (flag, payload) = (lines[i].Split('\t', 2)[0], lines[i].Split('\t', 2)[1]);
            data.Add(i, flag, payload);
        }
        return data;
    }

    [Fact]
    public void The_corpus_has_at_least_30_payloads_with_known_flags()
    {
        var payloads = Payloads().Select(row => ((string)row[1], (string)row[2])).ToList();

        Assert.True(payloads.Count >= 30, $"{payloads.Count} payloads");
        Assert.All(payloads, p => Assert.Contains(p.Item1, new[] { "warn", "yaml", "md", "quiet" }));
        Assert.Equal(payloads.Count, payloads.Select(p => p.Item2).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void No_output_carries_the_payload_as_anything_but_text(int index, string flag, string payload)
    {
        using var content = TempContent.CopyOf(Repo.SeedPublication);
        var places = Inject(content, payload, index);

        var result = Pipeline.Build(new BuildOptions(content.Content, Repo.Templates, content.Output) { RenderPdf = false });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var site = Path.Combine(content.Output, "site");
        var findings = Directory.GetFiles(site, "*", SearchOption.AllDirectories)
            .SelectMany(file => ActiveContent.In(file).Select(f => $"{Path.GetRelativePath(site, file)}: {f}"));
        Assert.Empty(findings);
        AssertShownAsText(site, payload);
        AssertWarnings(result.Diagnostics, places, flag, content.Path);
    }

    /// <summary>
    /// The check lets the site's own search form, script and charts through, in their exact shape only:
    /// anything else of the kind is still a finding, so the test above can fail.
    /// </summary>
    [Theory]
    [InlineData("<script>alert(1)</script>", "<script> element")]
    [InlineData("<form id=\"search\" action=\"http://evil.example/\"></form>", "<form> element")]
    [InlineData("<input id=\"search-input\" type=\"search\">", "<input> element")]
    [InlineData("<svg class=\"chart\"><rect/><script>alert(1)</script></svg>", "<svg> element")]
    [InlineData("<svg class=\"chart\"><foreignObject><p>x</p></foreignObject></svg>", "<svg> element")]
    [InlineData("<svg><rect/></svg>", "<svg> element")]
    public void The_check_finds_active_elements_that_are_not_the_sites_own(string html, string finding)
    {
        Assert.Contains(finding, ActiveContent.InHtml($"<!DOCTYPE html><html><body>{html}</body></html>"));
    }

    [Theory]
    [InlineData("// x\nwindow.perfPublishSearch = [{\"unit\":\"</script><script>alert(1)//\"}];\n", "a raw '<' or '>' byte")]
    [InlineData("// x\nwindow.perfPublishSearch = [];\nalert(1);\n", "a script other than the search index")]
    public void The_check_finds_a_search_index_that_could_run_anything(string script, string finding)
    {
        Assert.Contains(ActiveContent.InSearchIndex(System.Text.Encoding.UTF8.GetBytes(script)), f => f.StartsWith(finding, StringComparison.Ordinal));
    }

    /// <summary>
    /// The CSV check reads the cells as a spreadsheet does (CsvRows: quoted cells with commas, doubled quotes and
    /// line breaks inside), so a formula is found in any cell, and a neutralised one or a plain number is not.
    /// </summary>
    [Theory]
    [InlineData("name,amount\r\nx,=1+1\r\n", "formula cell '=1+1'")]
    [InlineData("\"a,b\",\"=HYPERLINK(\"\"http://evil.example\"\")\"\r\n", "formula cell '=HYPERLINK(\"http://evil.example\")'")]
    [InlineData("\"two\nlines\",\"\t=1+1\"\r\n", "formula cell '\t=1+1'")]
    [InlineData("x,'=1+1,-12.50,+3%\r\n", null)]
    public void The_check_finds_a_formula_in_any_cell_of_a_csv(string csv, string? finding)
    {
        var findings = ActiveContent.InCsv([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(csv)]);

        Assert.Equal(finding is null ? [] : [finding], findings);
    }

    /// <summary>
    /// Characters that are not text (XML cannot hold them, HTML counts them as errors) stop the build with
    /// an error at their file and line, never with a crash of a writer: typed as YAML escapes or pasted raw.
    /// So do invisible formatting characters (every Unicode Cf character: bidi controls and marks such as
    /// U+061C, zero-width spaces, invisible operators), which would make a page show a number differently
    /// from what is stored, and line separators (U+2028), which YAML takes for a line break.
    /// </summary>
    [Theory]
    [InlineData("publication.yaml", "title: ", "\"标题\\x01\"")]
    [InlineData("publication.yaml", "title: ", "\"标题\\0\"")]
    [InlineData("publication.yaml", "title: ", "\"标题\\uFFFE\"")]
    [InlineData("publication.yaml", "title: ", "\"标题\\x7F\\N\"")]
    [InlineData("objectives.yaml", "    goal: ", "\"目标\\x1B[31m\"")]
    [InlineData("projects/01-land-exchange-center.yaml", "            basis: ", "\"依据\\U0010FFFF\"")]
    [InlineData("safeguards.md", "", "控制字符\u0001\u000B段落")]
    [InlineData("overall-objective.md", "", "表单换页\u000C")]
    [InlineData("publication.yaml", "title: ", "\u202Egpj.exe")]
    [InlineData("objectives.yaml", "    goal: ", "\"完成率\u2066100%\u2069\"")]
    [InlineData("safeguards.md", "", "预算\u200B6万元\uFEFF")]
    [InlineData("objectives.yaml", "    goal: ", "\"完成率\u061C-5%\"")]
    [InlineData("publication.yaml", "title: ", "标题\u2063")]
    [InlineData("safeguards.md", "", "预算\u206A6万元")]
    [InlineData("safeguards.md", "", "软连字符\u00AD和标签\U000E0041")]
    [InlineData("publication.yaml", "title: ", "\"标题\u2028续\"")]
    [InlineData("safeguards.md", "", "第一行\u2028第二行")]
    public void Characters_that_are_not_text_are_an_error_at_their_line_not_a_crash(string file, string keyPrefix, string value)
    {
        using var content = TempContent.CopyOf(Repo.SeedPublication);
        var path = Path.Combine(content.Path, file);
        var lines = File.ReadAllLines(path).ToList();
        var line = keyPrefix.Length == 0 ? lines.Count + 2 : lines.FindIndex(l => l.StartsWith(keyPrefix, StringComparison.Ordinal)) + 1;
        if (keyPrefix.Length == 0) lines.AddRange(["", value]);
        else lines[line - 1] = keyPrefix + value;
        File.WriteAllText(path, string.Join("\n", lines) + "\n");

        var result = Pipeline.Build(new BuildOptions(content.Content, Repo.Templates, content.Output) { RenderPdf = false });

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Code == Codes.Encoding);
        Assert.Equal((file, line), (Path.GetRelativePath(content.Path, Path.GetFullPath(error.Location.File)).Replace('\\', '/'), error.Location.Line));
        Assert.False(Directory.Exists(content.Output));
    }

    /// <summary>Escaped, not dropped: the title (a YAML text) reads on the page exactly as the editor typed it.</summary>
    private static void AssertShownAsText(string site, string payload)
    {
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, "publication", "index.html")));
        Assert.StartsWith(payload, page.QuerySelector("h1")!.TextContent);
    }

    /// <summary>
    /// Each place gets a PP0303 warning at its file and line when the flag says it should, and no PP0303
    /// warning points anywhere else (the rest of the seed is clean).
    /// </summary>
    private static void AssertWarnings(IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<Place> places, string flag, string folder)
    {
        var warnings = diagnostics.Where(d => d.Code == Codes.UnsafeContent)
            .Select(d => (File: Path.GetRelativePath(folder, Path.GetFullPath(d.Location.File)).Replace('\\', '/'), d.Location.Line))
            .ToList();
        foreach (var place in places.Where(p => p.Markdown ? flag is "warn" or "md" : flag is "warn" or "yaml"))
            Assert.True(warnings.Any(w => w.File == place.File && w.Line >= place.Line && w.Line <= place.LastLine),
                $"no PP0303 warning at {place.File}({place.Line}); warnings: {string.Join(", ", warnings)}");
        Assert.All(warnings, w => Assert.Contains(places, p => p.File == w.File && w.Line >= p.Line && w.Line <= p.LastLine));
        if (flag == "quiet") Assert.Empty(warnings);
    }

    /// <summary>Where a payload was put: a file and the lines it spans there.</summary>
    private sealed record Place(string File, int Line, int LastLine, bool Markdown);

    private static List<Place> Inject(TempContent content, string payload, int index)
    {
        var places = new List<Place>();
        var yamlFields = Fields.Select((field, i) => (field, style: Styles[(index + i) % Styles.Length]));
        foreach (var file in yamlFields.GroupBy(f => f.field.File))
            places.AddRange(InjectYaml(content, file.Key, payload, [.. file.Select(f => (f.field.Key, f.field.Append, f.style))]));
        foreach (var file in MarkdownFiles) places.AddRange(InjectMarkdown(content, file, payload));
        return places;
    }

    /// <summary>Rewrites the first line of each key in one file: its value with the payload, in the given YAML style.</summary>
    private static IEnumerable<Place> InjectYaml(TempContent content, string file, string payload, (string Key, bool Append, string Style)[] fields)
    {
        var lines = File.ReadAllLines(Path.Combine(content.Path, file)).ToList();
        var done = new List<(int Line, string Replacement)>();
        foreach (var (key, append, style) in fields)
        {
            var line = lines.FindIndex(l => KeyLine(key).IsMatch(l));
            Assert.True(line >= 0, $"{file} has no line for '{key}'");
            var match = KeyLine(key).Match(lines[line]);
            var original = ScalarValue(match.Groups["value"].Value);
            var value = append ? original + payload : payload + original;
            done.Add((line, Encode(match.Groups["prefix"].Value, value, style)));
        }

        // Replace from the bottom so that earlier line numbers stay valid, then count where each ended up.
        foreach (var (line, replacement) in done.OrderByDescending(d => d.Line)) lines[line] = replacement;
        File.WriteAllText(Path.Combine(content.Path, file), string.Join("\n", lines) + "\n");
        var written = File.ReadAllLines(Path.Combine(content.Path, file)).ToList();
        var shift = 0;
        foreach (var (line, replacement) in done.OrderBy(d => d.Line))
        {
            var height = replacement.Split('\n').Length;
            var first = line + 1 + shift;
            yield return new Place(file, first, first + height - 1, Markdown: false);
            shift += height - 1;
        }
    }

    /// <summary>The payload as a paragraph of its own and inside a list item, at the end of the file.</summary>
    private static IEnumerable<Place> InjectMarkdown(TempContent content, string file, string payload)
    {
        var path = Path.Combine(content.Path, file);
        var text = File.ReadAllText(path).TrimEnd();
        var paragraphLine = text.Split('\n').Length + 2;
        File.WriteAllText(path, $"{text}\n\n{payload}\n\n- 列表项{payload}\n");
        yield return new Place(file, paragraphLine, paragraphLine, Markdown: true);
        yield return new Place(file, paragraphLine + 2, paragraphLine + 2, Markdown: true);
    }

    /// <summary>A "key: value" line (or "- value" for the first list item) and the text before the value.</summary>
    private static Regex KeyLine(string key) => key == "- "
        ? new Regex(@"^(?<prefix>\s+- )(?<value>[^\s#].*)$")
        : new Regex($@"^(?<prefix>\s*(- )?{Regex.Escape(key)}: )(?<value>\S.*)$");

    private static string ScalarValue(string yaml) =>
        ScalarValueOrNull(yaml) ?? throw new InvalidOperationException($"'{yaml}' is not a YAML text");

    /// <summary>
    /// The value as a YAML scalar of the given style. Plain is used only where YAML reads it back as the
    /// same text (a payload with ': ' or a leading quote cannot be plain), else double-quoted.
    /// Double-quoted writes &lt; and &gt; as \u escapes, so the checks must see through YAML's own escaping.
    /// </summary>
    private static string Encode(string prefix, string value, string style)
    {
        var indent = new string(' ', prefix.Length + 2);
        return style switch
        {
            "plain" when ScalarValueOrNull(value) == value => prefix + value,
            "single" => prefix + "'" + value.Replace("'", "''") + "'",
            "literal" => prefix + "|-\n" + indent + value,
            "folded" => prefix + ">-\n" + indent + value,
            _ => prefix + DoubleQuoted(value),
        };
    }

    /// <summary>What YAML reads "v: yaml" as, when that is a text; null for a syntax error, a list or a mapping.</summary>
    private static string? ScalarValueOrNull(string yaml)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader("v: " + yaml));
            return ((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("v")] is YamlScalarNode { Value: { } text }
                ? text
                : null;
        }
        catch (YamlDotNet.Core.YamlException)
        {
            return null;
        }
    }

    private static string DoubleQuoted(string value)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in value)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '<' or '>' => $"\\u{(int)c:X4}",
                _ when char.IsControl(c) || c is '\u202E' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        return quoted.Append('"').ToString();
    }
}

using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Write.Data;

/// <summary>
/// Every datapackage.json of a site with all three shipped forms (and a publication with the department form
/// only): each column has a Chinese title and a stable machine name (the CSV's header), and is marked required
/// only where every row of its file has a value, so the package describes the files as they are.
/// </summary>
public partial class DataPackageWriterTests
{
    [Fact]
    public void Every_column_has_a_chinese_title_a_machine_name_and_is_required_only_where_no_cell_is_empty()
    {
        using var site = TruthSite.Build(
            (Path.Combine(Repo.Content, "2019-352101"), "2019-352101"), (Path.Combine(Repo.Content, "2020-418001"), "2020-418001"),
            (Repo.SeedPublication, "2021-632001"), (TruthSite.Fixture("department-only-2020"), "2020-352101"));
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        var problems = new List<string>();
        var columns = 0;

        foreach (var package in Directory.GetFiles(site.Site, "datapackage.json", SearchOption.AllDirectories))
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(package));
            foreach (var resource in json.RootElement.GetProperty("resources").EnumerateArray().Where(r => r.GetProperty("format").GetString() == "csv"))
            {
                var path = Path.Combine(Path.GetDirectoryName(package)!, resource.GetProperty("path").GetString()!);
                var rows = CsvRows.Of(File.ReadAllText(path, Encoding.UTF8));
                var fields = resource.GetProperty("schema").GetProperty("fields").EnumerateArray().ToList();
                Assert.Equal(rows[0], fields.Select(f => f.GetProperty("name").GetString()!).ToArray());
                foreach (var (field, column) in fields.Select((f, i) => (f, i)))
                {
                    columns++;
                    var name = field.GetProperty("name").GetString()!;
                    var where = $"{Path.GetRelativePath(site.Site, path)} {name}";
                    if (!MachineName().IsMatch(name)) problems.Add($"{where}: not a machine name");
                    if (!Chinese().IsMatch(field.GetProperty("title").GetString() ?? "")) problems.Add($"{where}: no Chinese title");
                    var required = field.GetProperty("constraints").GetProperty("required").GetBoolean();
                    if (required && rows.Skip(1).Any(r => r[column].Length == 0)) problems.Add($"{where}: required, but a cell is empty");
                }
            }
        }

        Assert.True(columns > 100, $"{columns} columns");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex MachineName();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();
}

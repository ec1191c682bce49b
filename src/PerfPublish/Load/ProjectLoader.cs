using System.Text.RegularExpressions;
using PerfPublish.Diagnostics;
using PerfPublish.Forms;
using PerfPublish.Model;

namespace PerfPublish.Load;

/// <summary>Loads one project file, e.g. projects/01-land-exchange-center.yaml; its number is its order.</summary>
public static partial class ProjectLoader
{
    [GeneratedRegex(@"^(?<order>\d+)-.+\.yaml$")]
    private static partial Regex FileNamePattern();

    public static Project? Load(string publicationFolder, string path, FormProfile profile, FormCatalog catalog, DiagnosticBag diagnostics)
    {
        var display = SourceFile.DisplayPath(path);
        var nameMatch = FileNamePattern().Match(Path.GetFileName(path));
        if (!nameMatch.Success)
            diagnostics.ErrorOf(SourceLocation.StartOf(display), Codes.ProjectFileName);

        var yaml = YamlFile.ReadMapping(publicationFolder, path, SourceLocation.StartOf(display), diagnostics);
        if (yaml is null || !nameMatch.Success) return null;

        // What cannot be read is reported and left empty, and the rest still goes to the rules: an editor
        // sees every problem of the file in one run, not the first structural one alone.
        var record = new RecordLoader(profile, catalog, diagnostics).Read(yaml);
        var order = int.Parse(nameMatch.Groups["order"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return new Project(order, record);
    }
}

using PerfPublish.Forms;
using PerfPublish.Model;

namespace PerfPublish.Write.Content;

/// <summary>
/// A publication's head (publication.yaml) and its 分项绩效目标 (objectives.yaml) as the YAML trees <see cref="ContentYaml"/>
/// writes, from the model the build loads. A key the publication does not have is left out: one it could not be given
/// (in <see cref="Publication.Unread"/>, such as a title a Word file did not print), an optional one that is empty (a unit
/// code, part 1's prose), so `perfpublish check` names what is missing rather than reading an invented value.
/// </summary>
public static class PublicationYaml
{
    public const string ProjectsFolder = "projects";

    public static YamlMapping Of(Publication publication)
    {
        var entries = new List<YamlEntry>();
        void Add(string key, YamlNode? value)
        {
            if (value is not null && !publication.Unread.Contains(key)) entries.Add(new YamlEntry(key, value));
        }

        Add("title", Text(publication.Title));
        Add("year", publication.Unread.Contains("year") ? null : YamlScalar.Number(publication.Year));
        Add("unit", Present(("code", publication.Unit.Code), ("name", publication.Unread.Contains("unit.name") ? "" : publication.Unit.Name)));
        Add("currency_unit", Text(publication.CurrencyUnit));
        Add("framework", Text(publication.Framework));
        // Only a form other than the default is named, so a publication of the seed's form reads as before profiles.
        Add("forms", Present(("project", publication.Forms.Project is { Id: var id } && id != FormCatalog.DefaultProject ? id : ""), ("department", publication.Forms.Department?.Id ?? "")));
        Add("overall_objective", publication.OverallObjective is { File: var overall } ? YamlScalar.Text(overall) : null);
        Add("objectives", publication.Objectives.Length > 0 ? YamlScalar.Text(ObjectivesFile) : null);
        Add("safeguards", publication.Safeguards is { File: var safeguards } ? YamlScalar.Text(safeguards) : null);
        Add("projects", publication.Projects.Length > 0 ? YamlScalar.Text(ProjectsFolder) : null);
        return new YamlMapping([.. entries]);
    }

    public const string ObjectivesFile = "objectives.yaml";

    /// <summary>objectives.yaml's body: each objective's name, goal and indicator, those it has.</summary>
    public static YamlMapping Objectives(IEnumerable<Objective> objectives) =>
        new([new YamlEntry("objectives", new YamlSequence([.. objectives.Select(o => Present(("name", o.Name), ("goal", o.Goal), ("indicator", o.Indicator))!)]))]);

    private static YamlScalar? Text(string text) => text.Length > 0 ? YamlScalar.Text(text) : null;

    /// <summary>A mapping of the texts that are not empty, in the order given; null when none is.</summary>
    private static YamlMapping? Present(params (string Key, string Text)[] texts) =>
        texts.Any(t => t.Text.Length > 0) ? new([.. texts.Where(t => t.Text.Length > 0).Select(t => new YamlEntry(t.Key, YamlScalar.Text(t.Text)))]) : null;
}

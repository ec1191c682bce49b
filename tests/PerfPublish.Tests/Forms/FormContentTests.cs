using PerfPublish.Diagnostics;
using PerfPublish.Publishing;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Forms;

/// <summary>Content read by its publication's form profile: keys of another profile, unknown profiles.</summary>
public class FormContentTests
{
    [Fact]
    public void A_key_of_another_profile_is_named_as_such_with_the_nearest_field_of_this_one()
    {
        using var templates = TempTemplates.CopyOf(Repo.Templates);
        TempContent.Copy(Path.Combine(Repo.Fixtures, "made-up-form", "templates"), templates.Path);
        using var content = TempContent.CopyOf(Repo.SeedPublication);
        content.Replace("projects/01-land-exchange-center.yaml", "budget:", "signoff: 王某某\nbudget:");
        content.Replace("projects/02-review-fees.yaml", "purpose:", "costs_total: 1\npurpos:");

        var found = MessageLanguage.In(MessageLanguage.English, () => Pipeline.Check(new BuildOptions(content.Content, templates.Path)))
            .Diagnostics.Where(d => d.Code == Codes.UnknownKey).ToList();

        Assert.Equal(3, found.Count);
        Assert.Contains(found, d => d.Message.StartsWith("unknown key 'signoff'; it is a field of the form 'made-up-2030', but this publication's form is 'hebei-project-2021'", StringComparison.Ordinal));
        Assert.Contains(found, d => d.Message.StartsWith("unknown key 'costs_total'; it is a field of the form 'made-up-2030'", StringComparison.Ordinal));
        Assert.Contains(found, d => d.Message == "unknown key 'purpos'; did you mean 'purpose' (资金用途)?");
    }

    [Fact]
    public void An_unknown_form_in_publication_yaml_is_an_error_at_its_name_with_the_nearest_one()
    {
        using var content = TempContent.CopyOf(Repo.SeedPublication);
        content.Replace("publication.yaml", "framework: legacy", "framework: legacy\nforms:\n  project: hebei-project-2012");

        var found = MessageLanguage.In(MessageLanguage.English, () => Pipeline.Check(new BuildOptions(content.Content, Repo.Templates))).Diagnostics;

        var error = Assert.Single(found);
        Assert.Equal((Codes.UnknownProfile, 16, 12), (error.Code, error.Location.Line, error.Location.Column));
        Assert.Contains("did you mean 'hebei-project-2021'?", error.Message);
    }
}

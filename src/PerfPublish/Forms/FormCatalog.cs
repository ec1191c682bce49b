using System.Collections.Immutable;
using PerfPublish.Diagnostics;
using PerfPublish.Load;

namespace PerfPublish.Forms;

/// <summary>The profiles under templates/forms/, by id: every one is loaded and checked once per build.</summary>
public sealed record FormCatalog(ImmutableDictionary<string, FormProfile> Profiles)
{
    public const string Folder = "forms";

    /// <summary>The form a publication's projects use when its publication.yaml names none: the seed's.</summary>
    public const string DefaultProject = "hebei-project-2021";

    public static FormCatalog Load(string templatesFolder, IReadOnlyCollection<string> frameworks, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(templatesFolder, Folder);
        if (!Directory.Exists(folder))
        {
            diagnostics.Error(SourceLocation.StartOf(SourceFile.DisplayPath(folder)), Codes.FileMissing,
                Messages.Format("PP0002_Template", SourceFile.DisplayPath(folder)));
            return new(ImmutableDictionary<string, FormProfile>.Empty);
        }
        return new(Directory.EnumerateDirectories(folder)
            .Where(d => File.Exists(Path.Combine(d, FormProfile.DefinitionFile)))
            .Order(StringComparer.Ordinal)
            .Select(d => FormProfileLoader.Load(d, frameworks, diagnostics))
            .OfType<FormProfile>()
            .ToImmutableDictionary(p => p.Id, StringComparer.Ordinal));
    }

    public FormProfile? Find(string id) => Profiles.GetValueOrDefault(id);
}

using PerfPublish.Diagnostics;
using PerfPublish.Scaffold;
using PerfPublish.Tests.Support;
using PerfPublish.Validate;
using Snapshooter;
using Snapshooter.Xunit;

namespace PerfPublish.Tests.Scaffold;

/// <summary>
/// What `new project` and `new department` write for each shipped profile, under the first framework it accepts, is a
/// reviewed snapshot: the one content-file writer (Write/Content) also writes import's files, and a change to it must
/// not change a new file unseen.
/// </summary>
public class RecordScaffoldTests
{
    private static readonly ValidationContext Templates = ValidationContext.Load(Repo.Templates, new DiagnosticBag());

    public static TheoryData<string> Profiles() => [.. Templates.Forms.Profiles.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Profiles))]
    public void A_new_record_file_matches_its_reviewed_snapshot(string id)
    {
        var profile = Templates.Forms.Find(id)!;
        var framework = Templates.Frameworks[profile.Frameworks[0]];

        Snapshot.Match(RecordScaffold.Render(profile, framework, "../schemas"), SnapshotNameExtension.Create(id));
    }
}

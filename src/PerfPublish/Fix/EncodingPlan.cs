namespace PerfPublish.Fix;

/// <summary>
/// What fix-encoding found under the paths it was given. <see cref="Links"/> are the symbolic links it met
/// (to a file or a folder): left as they are, neither converted nor followed.
/// </summary>
public sealed record EncodingPlan(IReadOnlyList<EncodingChange> Changes, IReadOnlyList<string> Unreadable, IReadOnlyList<string> Missing, int AlreadyUtf8)
{
    public IReadOnlyList<string> Links { get; init; } = [];
}

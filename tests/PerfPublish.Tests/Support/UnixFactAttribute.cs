namespace PerfPublish.Tests.Support;

/// <summary>
/// A test that makes symbolic links, named pipes or device links with Unix calls: skipped on Windows, where
/// links need a privilege most accounts lack and there are no named pipes in the file system.
/// </summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows()) Skip = SkipReason;
    }

    public const string SkipReason = "makes symbolic links and named pipes in a content folder, which needs Unix";
}

/// <summary>A theory that <see cref="UnixFactAttribute"/> would skip on Windows too.</summary>
public sealed class UnixTheoryAttribute : TheoryAttribute
{
    public UnixTheoryAttribute()
    {
        if (OperatingSystem.IsWindows()) Skip = UnixFactAttribute.SkipReason;
    }
}

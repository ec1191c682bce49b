namespace PerfPublish.Tests.Support;

/// <summary>
/// A test that uses Unix file system features (symbolic links made without privileges, named pipes, device
/// links, permission bits): skipped on Windows, where links need a privilege most accounts lack and there are
/// no named pipes or permission bits in the file system.
/// </summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows()) Skip = SkipReason;
    }

    public const string SkipReason = "uses symbolic links, named pipes or permission bits, which need Unix";
}

/// <summary>A theory that <see cref="UnixFactAttribute"/> would skip on Windows too.</summary>
public sealed class UnixTheoryAttribute : TheoryAttribute
{
    public UnixTheoryAttribute()
    {
        if (OperatingSystem.IsWindows()) Skip = UnixFactAttribute.SkipReason;
    }
}

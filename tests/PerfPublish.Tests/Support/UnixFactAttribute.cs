namespace PerfPublish.Tests.Support;

/// <summary>A fact about Unix file system features (symbolic links made without privileges, permission bits): skipped on Windows.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows()) Skip = "Unix permissions and symbolic links";
    }
}

/// <summary>A theory about Unix file system features: skipped on Windows.</summary>
public sealed class UnixTheoryAttribute : TheoryAttribute
{
    public UnixTheoryAttribute()
    {
        if (OperatingSystem.IsWindows()) Skip = "Unix permissions and symbolic links";
    }
}

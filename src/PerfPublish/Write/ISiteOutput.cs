namespace PerfPublish.Write;

/// <summary>
/// Where the site's shared files go, and where the publications' own files, already there, are read
/// back from (the site-wide CSVs stack them): the staging folder in a build, memory for serve.
/// Large files go through streams, so the whole site is never held in memory.
/// </summary>
public interface ISiteOutput
{
    void Write(string relative, byte[] bytes);

    /// <summary>A new file at <paramref name="relative"/>, complete once the stream is disposed.</summary>
    Stream Create(string relative);

    /// <summary>A file written to this output before.</summary>
    Stream Open(string relative);
}

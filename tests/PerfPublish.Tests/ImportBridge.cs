// tests/PerfPublish.Tests/Import/ is being refactored on another branch alongside src/PerfPublish/Import/ and keeps,
// until that lands, the names of before issue 25's moves: PerfPublish.Build and PerfPublish.Tests.Build (now
// PerfPublish.Publishing and PerfPublish.Tests.Publishing), Framework from PerfPublish.Validate (now PerfPublish.Forms),
// NetworkIsolation from PerfPublish.Write.Pdf (now PerfPublish.Office), some of them written out in full. This file
// keeps those tests compiling unchanged; once they name the new namespaces, delete it.
global using BadContentTests = PerfPublish.Tests.Publishing.BadContentTests;
global using BuildOptions = PerfPublish.Publishing.BuildOptions;
global using Framework = PerfPublish.Forms.Framework;
global using NetworkIsolation = PerfPublish.Office.NetworkIsolation;
global using Pipeline = PerfPublish.Publishing.Pipeline;

namespace PerfPublish.Build
{
    /// <summary>PerfPublish.Build.Pipeline.Check as written out in full there: the pipeline's own Check.</summary>
    internal static class Pipeline
    {
        public static PerfPublish.Publishing.BuildResult Check(BuildOptions options) => PerfPublish.Publishing.Pipeline.Check(options);
    }

    /// <summary>new PerfPublish.Build.BuildOptions(…) as written out in full there: the same three folders.</summary>
    internal sealed record BuildOptions(string ContentFolder, string TemplatesFolder, string OutputFolder)
    {
        public static implicit operator PerfPublish.Publishing.BuildOptions(BuildOptions options) =>
            new(options.ContentFolder, options.TemplatesFolder, options.OutputFolder);
    }
}

namespace PerfPublish.Tests.Build
{
}

namespace PerfPublish.Write.Pdf
{
    /// <summary>PerfPublish.Write.Pdf.NetworkIsolation.Current as written out in full there.</summary>
    internal static class NetworkIsolation
    {
        public static PerfPublish.Office.NetworkIsolation Current => PerfPublish.Office.NetworkIsolation.Current;
    }
}

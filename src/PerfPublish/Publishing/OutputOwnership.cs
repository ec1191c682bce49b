using PerfPublish.Diagnostics;
using PerfPublish.Load;

namespace PerfPublish.Publishing;

/// <summary>
/// A build replaces output/site whole, so it must know that folder is its own: 'build --output X' pointed
/// at a folder that already holds someone's site/ must not delete it. A build marks the output folder it
/// writes (output/.perfpublish-output) and replaces a site folder only where that marker, or a build
/// manifest, is beside it: a site built by a version from before the marker always has its manifest
/// there, so an upgrade builds into its old output folder as before.
/// </summary>
public static class OutputOwnership
{
    public const string MarkerFileName = ".perfpublish-output";

    private const string MarkerText =
        "This folder is written by perfpublish (build, site): its site/ folder is replaced whole by every build.\n" +
        "本文件夹由 perfpublish（build、site）写出：每次构建都会整体替换其中的 site/ 文件夹。\n";

    /// <summary>Whether the build may replace <paramref name="siteFolder"/> in <paramref name="outputFolder"/>; if not, an error says why.</summary>
    public static bool MayReplace(string outputFolder, string siteFolder, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(siteFolder) || File.Exists(Path.Combine(outputFolder, MarkerFileName))
            || File.Exists(BuildManifest.PathIn(outputFolder))) return true;
        diagnostics.ErrorOf(SourceLocation.StartOf(SourceFile.DisplayPath(siteFolder)), Codes.OutputNotOurs, SourceFile.DisplayPath(siteFolder), MarkerFileName, BuildManifest.FileName);
        return false;
    }

    /// <summary>Marks <paramref name="outputFolder"/> as written by a build, before its site folder is swapped in.</summary>
    public static void Mark(string outputFolder)
    {
        var marker = Path.Combine(outputFolder, MarkerFileName);
        if (!File.Exists(marker)) File.WriteAllText(marker, MarkerText);
    }
}

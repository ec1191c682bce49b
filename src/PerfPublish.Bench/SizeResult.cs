namespace PerfPublish.Bench;

/// <summary>
/// One corpus size's figures: a clean build, the same with the CLI compiled just in time (start-up:
/// single publications only), a rebuild after one edited project file, both again as `dotnet perfpublish` from a
/// tool manifest where asked (single publications; the rebuild), pandoc, and the PDF build when asked for.
/// </summary>
public sealed record SizeResult(
    string Size,
    int Publications,
    int Projects,
    Measurement Clean,
    Measurement? CleanJit,
    Measurement? Rebuild,
    Measurement? CleanManifest,
    Measurement? RebuildManifest,
    Measurement? Pandoc,
    Measurement? Pdf)
{
    public double? PandocRatio => Pandoc is null ? null : Clean.WallSeconds / Pandoc.WallSeconds;
}

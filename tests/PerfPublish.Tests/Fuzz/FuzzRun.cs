namespace PerfPublish.Tests.Fuzz;

/// <summary>
/// How many cases a fuzz test runs and from which seed: a few hundred from a fixed seed in CI, or what
/// `build.ps1 fuzz` / `fuzz-import` ask for through PERFPUBLISH_FUZZ_CASES and PERFPUBLISH_FUZZ_SEED.
/// </summary>
public static class FuzzRun
{
    private const int CiCases = 300;
    private const int DefaultSeed = 20210632;

    public static int Cases => Setting("PERFPUBLISH_FUZZ_CASES", CiCases);

    public static int Seed => Setting("PERFPUBLISH_FUZZ_SEED", DefaultSeed);

    /// <summary>
    /// The seed of one case: the same for the same run seed and case number in every process, so a printed seed replays
    /// its cases (HashCode.Combine, used before, is salted per process: a failure seen once could not be run again).
    /// </summary>
    public static int CaseSeed(int seed, int i) => unchecked(seed * 1_000_003 + i);

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) && value > 0 ? value : fallback;
}

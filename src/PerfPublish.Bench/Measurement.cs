using System.Runtime.InteropServices;

namespace PerfPublish.Bench;

/// <summary>What one run of a child process (or of a group of them) cost: wall time, CPU time of the children, peak resident memory.</summary>
public sealed record Measurement(double WallSeconds, double CpuSeconds, double PeakRssMegabytes, int ExitCode);

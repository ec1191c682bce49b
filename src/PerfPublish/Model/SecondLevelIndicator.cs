using System.Collections.Immutable;

namespace PerfPublish.Model;

public sealed record SecondLevelIndicator(string Name, ImmutableArray<Indicator> Items, Origin Origin);

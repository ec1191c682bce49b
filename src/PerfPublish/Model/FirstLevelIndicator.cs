using System.Collections.Immutable;

namespace PerfPublish.Model;

public sealed record FirstLevelIndicator(string Name, ImmutableArray<SecondLevelIndicator> Groups, Origin Origin);

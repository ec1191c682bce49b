namespace PerfPublish.Write.Html;

/// <summary>A record of the year before and the same record this year.</summary>
public sealed record RecordPair(RecordSummary Before, RecordSummary After, MatchedBy By);

namespace PerfPublish.Write.Html;

/// <summary>How two years' records were found to be the same: by code, by name, or (a guess, shown as one) by their fields.</summary>
public enum MatchedBy { Code, Name, Likeness }

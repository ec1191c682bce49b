namespace PerfPublish.Review;

/// <summary>A project that came, went, or kept its code under a new name; Amount is its headline amount on the side it is on.</summary>
public sealed record ProjectChange(ProjectChangeKind Kind, string Code, string OldName, string NewName, decimal? Amount);

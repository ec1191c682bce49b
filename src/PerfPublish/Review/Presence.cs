namespace PerfPublish.Review;

public enum Presence { Unchanged, Changed, Added, Removed }

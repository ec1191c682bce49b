namespace PerfPublish.Review;

public enum ProjectChangeKind { Added, Removed, Renamed }

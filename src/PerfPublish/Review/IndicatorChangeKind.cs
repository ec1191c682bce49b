namespace PerfPublish.Review;

public enum IndicatorChangeKind { Added, Removed, Renamed, Changed }

namespace PerfPublish.Review;

public enum Change { Same, Deleted, Inserted }

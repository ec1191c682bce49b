using DiffPlex;
using DiffPlex.Model;

namespace PerfPublish.Review;

public enum Change { Same, Deleted, Inserted }

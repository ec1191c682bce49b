namespace PerfPublish.Model;

public enum CellAlignment { Center, Left }

namespace PerfPublish.Diagnostics;

public enum Severity { Error, Warning }

namespace PerfPublish.Model;

public abstract record Block;

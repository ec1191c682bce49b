namespace PerfPublish.Load;

/// <summary>What a path names in the file system, told without opening it.</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,
    Link,

    /// <summary>A device, a named pipe (FIFO) or a socket: opening one can block, or read without end.</summary>
    Special,
}

namespace PerfPublish.Model;

public enum HeadingRole { Heading, TableTitle }

namespace PerfPublish.Model;

public enum SpanKind { Strong, Emphasis, Link }

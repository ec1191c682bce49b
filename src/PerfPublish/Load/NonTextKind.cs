namespace PerfPublish.Load;

/// <summary>Why a character is not text a publication may hold.</summary>
public enum NonTextKind
{
    /// <summary>Text (tab, line feed and carriage return included).</summary>
    None,

    /// <summary>A control character, a noncharacter or half of a surrogate pair: XML cannot hold it, HTML counts it as an error.</summary>
    Control,

    /// <summary>
    /// An invisible formatting character (Unicode category Cf): a page can hold it, but it changes how the
    /// text around it displays unseen ("&lt;U+061C&gt;-5%" shows as "5-%", "&lt;U+202E&gt;12.5" as "5.21").
    /// </summary>
    Format,

    /// <summary>U+0085, U+2028, U+2029: a line break to YAML (it counts lines by them), not to an editor.</summary>
    LineBreak,
}

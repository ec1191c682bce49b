namespace PerfPublish.Forms;

/// <summary>The closed set of field types a profile may declare (docs/forms.md).</summary>
public enum FieldType { Text, Markdown, Amount, Percentage, Period, List, Group, Indicators, Table }

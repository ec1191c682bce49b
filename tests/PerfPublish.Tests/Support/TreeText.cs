using System.Collections;
using System.Text;

namespace PerfPublish.Tests.Support;

/// <summary>
/// A document tree (or any part of it) as text: every public property of every record, in declaration order.
/// The model's collections compare by reference, so two trees are compared by this text.
/// </summary>
public static class TreeText
{
    public static string Of(object? value) => Write(new StringBuilder(), value).ToString();

    private static StringBuilder Write(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                return text.Append("null");
            case string s:
                return text.Append('"').Append(s.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n")).Append('"');
            case bool or int or Enum:
                return text.Append(value);
            case IEnumerable items when value.GetType().GetProperty("IsDefault")?.GetValue(value) is true:
                return text.Append("default");
            case IEnumerable items:
                text.Append('[');
                foreach (var item in items) Write(text, item).Append(", ");
                return text.Append(']');
        }

        var type = value.GetType();
        text.Append(type.Name).Append(" { ");
        foreach (var property in type.GetProperties().Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract").OrderBy(p => p.MetadataToken))
            Write(text.Append(property.Name).Append(" = "), property.GetValue(value)).Append("; ");
        return text.Append('}');
    }
}

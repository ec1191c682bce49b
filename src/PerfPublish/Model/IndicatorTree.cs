using System.Collections.Immutable;
using PerfPublish.Diagnostics;
using PerfPublish.Forms;

namespace PerfPublish.Model;

/// <summary>An indicator tree (一级 → 二级 → 三级 with the profile's columns on each 三级 row).</summary>
public sealed record IndicatorTree(FieldDefinition Field, ImmutableArray<FirstLevelIndicator> Levels, SourceLocation At) : FieldValue(Field, At)
{
    public IEnumerable<Indicator> Rows => Levels.SelectMany(f => f.Groups).SelectMany(g => g.Items);

    /// <summary>The column holding the 指标值 (role: target), if the profile declares one.</summary>
    public FieldDefinition? TargetColumn => Field.Columns.FirstOrDefault(c => c.Role == ColumnRole.Target);

    /// <summary>The 计量单位 column that holds the 指标值's unit (role: unit), if the form has one.</summary>
    public FieldDefinition? UnitColumn => Field.Columns.FirstOrDefault(c => c.Role == ColumnRole.Unit);

    /// <summary>The 指标值类型 column (定量 / 定性; role: value_type), if the form has one.</summary>
    public FieldDefinition? ValueTypeColumn => Field.Columns.FirstOrDefault(c => c.Role == ColumnRole.ValueType);
}

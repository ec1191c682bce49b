namespace PerfPublish.Forms;

/// <summary>
/// What a column of an indicator tree or a table means to the rules: the 指标值 (target), a 分值 (score), a
/// 绩效标准 (standard), the 计量单位 of the 指标值 (unit), its 指标值类型 定量/定性 (value_type).
/// </summary>
public enum ColumnRole { None, Target, Score, Standard, Unit, ValueType }

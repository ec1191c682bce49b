using PerfPublish.Diagnostics;
using PerfPublish.Model;
using PerfPublish.Parse;
using Xunit;

namespace PerfPublish.Tests.Model;

public class TableGridTests
{
    /// <summary>A 项目基本信息 block in miniature: a label spanning two rows, and a column only a spanning cell crosses.</summary>
    private const string Form = """
        <table class="project-form">
        <tbody>
        <tr><th rowspan="2">资金</th><td colspan="2">合计</td><td>10</td></tr>
        <tr><td>财政</td><td>8</td><td>其他</td></tr>
        <tr><td colspan="3">说明</td></tr>
        </tbody>
        </table>
        """;

    private static Table Parse(string markup)
    {
        var bag = new DiagnosticBag();
        var table = (Table)new MarkupParser("test", bag).Parse(markup).Blocks.Single();
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items));
        return table;
    }

    [Fact]
    public void A_cell_starts_in_the_first_column_no_cell_from_a_row_above_covers()
    {
        var grid = TableGrid.Of(Parse(Form));

        Assert.Equal(4, grid.Columns);
        Assert.Equal([0, 1, 3], Enumerable.Range(0, 3).Select(i => grid.Start(0, i)));
        Assert.Equal([1, 2, 3], Enumerable.Range(0, 3).Select(i => grid.Start(1, i)));
        Assert.Equal(0, grid.Start(2, 0));
    }

    [Fact]
    public void Every_position_knows_the_cell_covering_it_and_a_short_row_leaves_the_rest_empty()
    {
        var grid = TableGrid.Of(Parse(Form));

        Assert.Equal(new TableGrid.CellAt(0, 0), grid.Covering(1, 0));   // 资金, spanning down
        Assert.Equal(new TableGrid.CellAt(0, 1), grid.Covering(0, 2));   // 合计, spanning across
        Assert.Equal(new TableGrid.CellAt(2, 0), grid.Covering(2, 2));
        Assert.Null(grid.Covering(2, 3));
        Assert.Null(grid.Covering(0, 4));
    }

    [Fact]
    public void A_column_only_spanning_cells_cross_has_no_cell_starting_in_it()
    {
        var grid = TableGrid.Of(Parse("""
            <table class="project-form"><tbody>
            <tr><td colspan="2">项目名称</td><td>A</td></tr>
            <tr><td>B</td><td colspan="2">C</td></tr>
            <tr><td colspan="3">D</td></tr>
            </tbody></table>
            """));

        Assert.Equal([true, true, true], Enumerable.Range(0, 3).Select(grid.StartsIn));
        var crossed = TableGrid.Of(Parse("""
            <table class="project-form"><tbody>
            <tr><td colspan="2">项目名称</td><td>A</td></tr>
            <tr><td colspan="3">D</td></tr>
            </tbody></table>
            """));
        Assert.Equal([true, false, true], Enumerable.Range(0, 3).Select(crossed.StartsIn));
    }

    [Fact]
    public void A_table_is_resolved_once_and_a_copy_with_other_rows_on_its_own()
    {
        var table = Parse(Form);
        Assert.Same(TableGrid.Of(table), TableGrid.Of(table));

        var shorter = table with { Rows = [table.Rows[2]] };
        Assert.Equal(3, TableGrid.Of(shorter).Columns);
        Assert.Equal(4, TableGrid.Of(table).Columns);
    }
}

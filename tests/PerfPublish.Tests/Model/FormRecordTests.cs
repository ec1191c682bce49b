using PerfPublish.Model;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Model;

/// <summary>
/// A form's record (Model/FormRecord) as the rules read it: a value found by its dotted path through groups, and
/// a path that could not be read (with everything below it) passed over, while the rest is still checked.
/// </summary>
public class FormRecordTests
{
    private static readonly FormRecord SeedRecord = Seed.Load().Projects[0].Record;

    [Fact]
    public void A_value_is_found_by_its_path_through_groups()
    {
        Assert.Equal(6.00m, SeedRecord.Number("budget.total"));
        Assert.Equal("国有土地交易中心运行费用", SeedRecord.Text("name"));
        Assert.Null(SeedRecord.Find("budget.totl"));
        Assert.Null(SeedRecord.Find("name.total")); // a text has no members
    }

    [Fact]
    public void An_unread_path_is_passed_over_with_what_is_below_it_and_nothing_else()
    {
        var record = SeedRecord with { Unread = ["budget", "spending_plan.march"] };

        Assert.False(record.Read("budget"));
        Assert.False(record.Read("budget.total"));
        Assert.False(record.Read("spending_plan.march"));
        Assert.True(record.Read("spending_plan.june"));
        Assert.True(record.Read("budget_note")); // a key that merely starts with the same letters is another field
        Assert.True(record.Read("purpose"));
    }
}

namespace PerfPublish.Write.Html;

/// <summary>A continuing record whose headline amount changed.</summary>
public sealed record BudgetChange(string Project, decimal Before, decimal After)
{
    public decimal Change => After - Before;
}

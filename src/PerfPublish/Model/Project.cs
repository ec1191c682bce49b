using System.Collections.Immutable;

namespace PerfPublish.Model;

/// <summary>One 预算项目: its form's record (fields as the publication's project profile defines them); Order comes from the file name's number.</summary>
public sealed record Project(int Order, FormRecord Record)
{
    public Origin Origin => Record.Origin;

    /// <summary>The record's code, name and headline amount, where the profile's summary says they are.</summary>
    public string Code => Record.Profile.Summary.Code is { } code ? Record.Text(code) : "";

    public string Name => Record.Text(Record.Profile.Summary.Name);

    public decimal Amount => Record.Profile.Summary.Amount is { } amount ? Record.Number(amount) ?? 0 : 0;

    /// <summary>
    /// Paths whose values could not be read, wholly or in part (each already reported as an error); they
    /// stand empty or hold only what could be read. As for <see cref="Publication.Unread"/>, the rest is
    /// still checked, and rules that need one of these pass over the project.
    /// </summary>
    public ImmutableHashSet<string> Unread => Record.Unread;

    public bool Read(string key) => Record.Read(key);
}

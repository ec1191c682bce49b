namespace PerfPublish.Diagnostics;

/// <summary>
/// The diagnostics' messages, in Chinese (Messages.resx, the default) and English (Messages.en.resx).
///
/// To add a message: add an entry with the same name to both files. Name it after its code ("PP0201"),
/// or the code, '_' and a word where one code has several wordings ("PP0101_Empty"); write {0}, {1}, …
/// where values go (and {{ }} for a literal brace). Then report it with
/// <c>diagnostics.ErrorOf(at, Codes.BudgetSum, total, fiscal)</c>, which finds the message by its code, or, for
/// one of several wordings, <c>diagnostics.Error(at, Codes.RequiredField, Messages.Format("PP0101_Empty", key))</c>.
/// Tests/Diagnostics/MessagesTests fails when a code has no entry, or an entry is missing in one language
/// or uses other placeholders there.
/// </summary>
public static class Messages
{
    public static Localized Texts { get; } = new("PerfPublish.Diagnostics.Messages", typeof(Messages).Assembly);

    public static string Format(string key, params object?[] values) => Texts.Format(key, values);
}

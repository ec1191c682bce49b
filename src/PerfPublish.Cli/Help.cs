namespace PerfPublish.Cli;

/// <summary>Command descriptions in one shape: what the command does, then an example to copy.</summary>
internal static class Help
{
    public static string Text(string description, string example) => $"{description}\n\n{CliText.Of("Example")}:\n  {example}";
}

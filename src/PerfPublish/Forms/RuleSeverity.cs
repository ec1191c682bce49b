namespace PerfPublish.Forms;

/// <summary>What a profile may make of a rule's findings in its own records (form.yaml severity:).</summary>
public enum RuleSeverity { Error, Warning, Off }

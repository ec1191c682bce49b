namespace PerfPublish.Model;

/// <summary>Project is null only for a publication whose forms: could not be read (reported; nothing is built).</summary>
public sealed record PublicationForms(Forms.FormProfile? Project, Forms.FormProfile? Department);

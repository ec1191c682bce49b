using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Cli;

/// <summary>perfpublish import as a user runs it: files listed, a summary, warnings in the compiler format, exit codes.</summary>
public class ImportCommandTests
{
    [Fact]
    public void Import_writes_the_folder_says_what_landed_where_and_refuses_to_overwrite()
    {
        var root = Path.Combine(Path.GetTempPath(), "perfpublish-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        try
        {
            File.WriteAllBytes(Path.Combine(root, "last-year.docx"), SeedDocx.Bytes);
            string[] import = ["import", "last-year.docx", "--to", "content/2021-632001", "--templates", Repo.Templates, "--schemas", Path.Combine(Repo.Root, "schemas")];

            var (exit, output, error) = CliTests.RunIn("en", root, import);
            Assert.Equal(0, exit);
            Assert.Equal("", error);
            Assert.Contains("content/2021-632001/projects/02-13030421mug5obr3orrt9.yaml", output);
            Assert.Contains("Imported (form hebei-project-2021): 3 form tables. Of the file's ", output);
            Assert.Contains(" 0 into notes ", output);
            Assert.Contains("; 0 lost.", output);
            Assert.Contains("perfpublish check on the imported folder: 0 errors, 0 warnings", output);
            Assert.Contains("perfpublish check --content content", output);

            var again = CliTests.RunIn("en", root, import);
            Assert.Equal(2, again.Exit);
            Assert.Contains("--force", again.Error);

            File.WriteAllText(Path.Combine(root, "broken.docx"), "not a zip");
            var broken = CliTests.RunIn("en", root, ["import", "broken.docx", "--to", "content/x", "--templates", Repo.Templates]);
            Assert.Equal(1, broken.Exit);
            Assert.StartsWith("broken.docx(1,1): error PP0601: ", broken.Error);
            Assert.DoesNotContain("   at ", broken.Error);
            Assert.False(Directory.Exists(Path.Combine(root, "content", "x")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}

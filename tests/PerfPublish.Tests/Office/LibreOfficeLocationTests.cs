using PerfPublish.Office;

namespace PerfPublish.Tests.Office;

/// <summary>LibreOffice is found where its installer puts it, on Windows too, where it is never on PATH.</summary>
public class LibreOfficeLocationTests
{
    [Fact]
    public void On_windows_soffice_exe_is_looked_for_on_path_first_then_in_program_files()
    {
        var candidates = LibreOfficeLocation.Candidates(@"C:\Windows\system32; ""D:\Tools\LibreOffice\program"" ;",
            windows: true, [@"C:\Program Files\LibreOffice\program", @"C:\Program Files (x86)\LibreOffice\program"]).ToList();

        Assert.Equal(
            [
                Path.Combine(@"C:\Windows\system32", "soffice.exe"),
                Path.Combine(@"D:\Tools\LibreOffice\program", "soffice.exe"),
                Path.Combine(@"C:\Program Files\LibreOffice\program", "soffice.exe"),
                Path.Combine(@"C:\Program Files (x86)\LibreOffice\program", "soffice.exe"),
            ],
            candidates);
    }

    [Fact]
    public void Elsewhere_soffice_and_libreoffice_are_looked_for_in_each_path_folder_in_order()
    {
        var candidates = LibreOfficeLocation.Candidates("/usr/local/bin::/usr/bin", windows: false, []).ToList();

        Assert.Equal(["/usr/local/bin/soffice", "/usr/local/bin/libreoffice", "/usr/bin/soffice", "/usr/bin/libreoffice"], candidates);
    }

    [Fact]
    public void An_installed_program_outside_path_is_the_one_found()
    {
        var install = Directory.CreateTempSubdirectory("perfpublish-program-files").FullName;
        try
        {
            File.WriteAllText(Path.Combine(install, "soffice.exe"), "");
            var found = LibreOfficeLocation.Candidates(Path.GetTempPath(), windows: true, [install]).FirstOrDefault(File.Exists);
            Assert.Equal(Path.Combine(install, "soffice.exe"), found);
        }
        finally
        {
            Directory.Delete(install, recursive: true);
        }
    }

    [Fact]
    public void Here_the_installer_folders_are_only_those_of_this_platform()
    {
        var folders = LibreOfficeLocation.InstallFolders();

        if (OperatingSystem.IsWindows()) Assert.All(folders, f => Assert.EndsWith(Path.Combine("LibreOffice", "program"), f));
        else if (OperatingSystem.IsMacOS()) Assert.Equal(["/Applications/LibreOffice.app/Contents/MacOS"], folders);
        else Assert.Empty(folders);
    }
}

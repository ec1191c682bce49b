using System.Xml.Linq;

namespace PerfPublish.Office;

/// <summary>
/// The settings each LibreOffice profile starts with, so that what a document links to stays unloaded
/// and no URL of a network scheme can be opened.
/// They are written as the profile's user layer (user/registrymodifications.xcu, the file LibreOffice
/// keeps changed settings in) before its first start. The keys are LibreOffice's own (officecfg schema,
/// as installed in share/registry/main.xcd); they are the last line when LibreOffice cannot be kept off
/// the network altogether (<see cref="NetworkIsolation"/>).
/// </summary>
public static class OfflineProfile
{
    private static readonly XNamespace Oor = "http://openoffice.org/2001/registry";

    /// <summary>Path in the configuration tree, property, value, and why.</summary>
    private static readonly (string Path, string Name, string Value)[] Settings =
    [
        // "Block any links from documents not among the trusted locations": linked images (an <img> of
        // an HTML file, a linked picture of a .fodt/.odt/.docx) are not loaded for a document outside the
        // trusted locations, and this profile trusts none.
        ("/org.openoffice.Office.Common/Security/Scripting", "BlockUntrustedRefererLinks", "true"),
        // No macro runs, signed or not (a macro could open any connection it likes).
        ("/org.openoffice.Office.Common/Security/Scripting", "DisableMacrosExecution", "true"),
        ("/org.openoffice.Office.Common/Security/Scripting", "MacroSecurityLevel", "3"),
        // Links (linked sections, OLE and DDE links) are never updated when a document is loaded:
        // Writer stores its mode as never = 0, on request = 1 (its default), always = 2; Calc, which
        // opens some .xml and .html files, as always = 0, never = 1, on request = 2 (its default).
        ("/org.openoffice.Office.Writer/Content/Update", "Link", "0"),
        ("/org.openoffice.Office.Calc/Content/Update", "Link", "1"),
    ];

    private const string ContentProviders = "/org.openoffice.ucb.Configuration/ContentProviders/['Local']/SecondaryKeys/['Office']/ProviderData";

    /// <summary>
    /// The content providers that reach the network, by their names in LibreOffice's own ucb/Configuration.xcu
    /// (names a version lacks are ignored): http and https with their WebDAV aliases, ftp, CMIS, and GIO,
    /// the catch-all some builds add. Without them no URL of those schemes opens at all, which is what
    /// stops what the setting above does not cover, such as an HTML file's style sheet link.
    /// </summary>
    private static readonly string[] NetworkProviders =
    [
        "Provider3", "Provider4", "Provider4a", "Provider7", "Provider12", "Provider12a", "Provider12b", "Provider13",
        "Provider6", "Provider43", "Provider999",
    ];

    /// <summary>The user layer holding <see cref="Settings"/>.</summary>
    public static string Xcu { get; } = Render();

    private static string Render()
    {
        var items = new XElement(Oor + "items", new XAttribute(XNamespace.Xmlns + "oor", Oor),
            Settings.Select(s => new XElement("item", new XAttribute(Oor + "path", s.Path),
                new XElement("prop", new XAttribute(Oor + "name", s.Name), new XAttribute(Oor + "op", "fuse"),
                    new XElement("value", s.Value)))),
            new XElement("item", new XAttribute(Oor + "path", ContentProviders),
                NetworkProviders.Select(name => new XElement("node", new XAttribute(Oor + "name", name), new XAttribute(Oor + "op", "remove")))));
        return $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{items}\n";
    }

    /// <summary>Gives the profile in <paramref name="profileFolder"/> these settings, unless LibreOffice has made it already.</summary>
    public static void Prepare(string profileFolder)
    {
        var user = Path.Combine(profileFolder, "user");
        var file = Path.Combine(user, "registrymodifications.xcu");
        if (File.Exists(file)) return;
        Directory.CreateDirectory(user);
        File.WriteAllText(file, Xcu);
    }
}

using System.CommandLine;
using PerfPublish.Cli;
using PerfPublish.Import;
using PerfPublish.Publishing;
using PerfPublish.Review;
using PerfPublish.Scaffold;
using PerfPublish.Serve;

// The command line only: each command reads its arguments and calls the library; Report prints and picks the exit code.
// The language comes first: every description below is read in it.
Language.Choose(args);

var content = new Option<string>("--content") { Description = CliText.Of("Opt_Content"), DefaultValueFactory = _ => "content" };
var templates = new Option<string>("--templates") { Description = CliText.Of("Opt_Templates"), DefaultValueFactory = _ => "templates" };
var output = new Option<string>("--output") { Description = CliText.Of("Opt_Output"), DefaultValueFactory = _ => "output" };
var schemas = new Option<string>("--schemas") { Description = CliText.Of("Opt_Schemas"), DefaultValueFactory = _ => "schemas" };
var language = new Option<string>("--lang") { Description = CliText.Of("Opt_Lang"), Recursive = true, DefaultValueFactory = _ => "zh" };
language.AcceptOnlyFromAmong(Language.Choices);

var noCache = new Option<bool>("--no-cache") { Description = CliText.Of("Opt_NoCache") };
var shard = new Option<Shard?>("--shard")
{
    Description = CliText.Of("Opt_Shard"),
    CustomParser = argument => Shard.Parse(argument.Tokens.Single().Value, out var problem) ?? Fail(argument, problem!),
};

static Shard? Fail(System.CommandLine.Parsing.ArgumentResult argument, string problem)
{
    argument.AddError(problem);
    return null;
}

BuildOptions Options(ParseResult result) => new(result.GetValue(content)!, result.GetValue(templates)!, result.GetValue(output) ?? "output");

var siteUrl = new Option<string?>("--site-url") { Description = CliText.Of("Opt_SiteUrl") };
siteUrl.Validators.Add(result =>
{
    var value = result.GetValueOrDefault<string?>();
    if (value is not null && SiteUrl(value) is null) result.AddError(CliText.Of("Err_SiteUrl", value));
});
static Uri? SiteUrl(string? value) =>
    Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;

var build = new Command("build", Help.Text(CliText.Of("Cmd_Build"),
    "perfpublish build --content content --output output --site-url https://czj.example.gov.cn/jxmb/\n  perfpublish build --shard 2/4 --output shard-2"))
{
    content, templates, output, siteUrl, noCache, shard,
};
build.SetAction(result => Report.Build(ProgressDisplay.Run(progress => Pipeline.Build(Options(result) with
{
    SiteUrl = SiteUrl(result.GetValue(siteUrl)), UseCache = !result.GetValue(noCache), Shard = result.GetValue(shard),
}, progress))));

var shardOutputs = new Argument<string[]>("shard-outputs") { Description = CliText.Of("Arg_ShardOutputs"), Arity = ArgumentArity.OneOrMore };
var site = new Command("site", Help.Text(CliText.Of("Cmd_Site"), "perfpublish site shard-1 shard-2 shard-3 shard-4 --output output --site-url https://czj.example.gov.cn/jxmb/"))
{
    shardOutputs, templates, output, siteUrl,
};
site.SetAction(result => Report.Build(SiteAssembly.Assemble(result.GetValue(templates)!, result.GetValue(output) ?? "output",
    result.GetValue(shardOutputs)!, SiteUrl(result.GetValue(siteUrl)))));

var format = new Option<string>("--format") { Description = CliText.Of("Opt_Format"), DefaultValueFactory = _ => "text" };
format.AcceptOnlyFromAmong("text", "gitlab");
var check = new Command("check", Help.Text(CliText.Of("Cmd_Check"), "perfpublish check --content content\n  perfpublish check --format gitlab > gl-code-quality-report.json"))
{
    content, templates, format,
};
check.SetAction(result => result.GetValue(format) == "gitlab"
    // The JSON is the standard output, so no progress lines may go there.
    ? Report.CheckForGitLab(Pipeline.Check(Options(result)))
    : Report.Check(ProgressDisplay.Run(progress => Pipeline.Check(Options(result), progress))));

var publicationFolder = new Argument<string>("folder") { Description = CliText.Of("Arg_PublicationFolder") };
var year = new Option<int>("--year") { Description = CliText.Of("Opt_Year"), DefaultValueFactory = _ => DateTime.Today.Year + 1 };
var unitCode = new Option<string?>("--unit-code") { Description = CliText.Of("Opt_UnitCode") };
var unitName = new Option<string?>("--unit-name") { Description = CliText.Of("Opt_UnitName") };
var framework = new Option<string>("--framework") { Description = CliText.Of("Opt_Framework"), DefaultValueFactory = _ => "central-2021" };
var newPublication = new Command("publication", Help.Text(CliText.Of("Cmd_NewPublication"),
    "perfpublish new publication content/2022-632001 --year 2022 --unit-code 632001 --unit-name \"秦皇岛市北戴河区政府采购中心(本级)\""))
{
    publicationFolder, year, unitCode, unitName, framework, templates, schemas,
};
newPublication.SetAction(result => Report.Scaffold(Scaffolder.NewPublication(new NewPublicationRequest(
    result.GetValue(publicationFolder)!, result.GetValue(year), result.GetValue(unitCode), result.GetValue(unitName),
    result.GetValue(framework)!, result.GetValue(templates)!, result.GetValue(schemas)!))));

var projectPublication = new Argument<string>("publication") { Description = CliText.Of("Arg_Publication") };
var shortName = new Argument<string>("short-name") { Description = CliText.Of("Arg_ShortName") };
var newProject = new Command("project", Help.Text(CliText.Of("Cmd_NewProject"), "perfpublish new project content/2021-632001 office-equipment"))
{
    projectPublication, shortName, templates, schemas,
};
newProject.SetAction(result => Report.Scaffold(Scaffolder.NewProject(new NewProjectRequest(
    result.GetValue(projectPublication)!, result.GetValue(shortName)!, result.GetValue(templates)!, result.GetValue(schemas)!))));

var departmentPublication = new Argument<string>("publication") { Description = CliText.Of("Arg_Publication") };
var newDepartment = new Command("department", Help.Text(CliText.Of("Cmd_NewDepartment"), "perfpublish new department content/2021-632001"))
{
    departmentPublication, templates, schemas,
};
newDepartment.SetAction(result => Report.Scaffold(Scaffolder.NewDepartment(new NewDepartmentRequest(
    result.GetValue(departmentPublication)!, result.GetValue(templates)!, result.GetValue(schemas)!))));

var scaffold = new Command("new", Help.Text(CliText.Of("Cmd_New"),
    "perfpublish new publication content/2022-632001 --year 2022\n  perfpublish new project content/2021-632001 office-equipment\n  perfpublish new department content/2021-632001"))
{
    newPublication, newProject, newDepartment,
};

var schemaFiles = new Command("schemas", Help.Text(CliText.Of("Cmd_Schemas"), "perfpublish schemas --templates templates --schemas schemas"))
{
    templates, schemas,
};
schemaFiles.SetAction(result => Report.Schemas(SchemaFiles.Write(result.GetValue(templates)!, result.GetValue(schemas)!)));

var port = new Option<int>("--port") { Description = CliText.Of("Opt_Port"), DefaultValueFactory = _ => 5080 };
// Checked before anything is built; whether the port can be taken is known only by taking it (PreviewServer).
port.Validators.Add(result =>
{
    if (result.GetValueOrDefault<int>() is < 0 or > System.Net.IPEndPoint.MaxPort) result.AddError(CliText.Of("Err_Port", result.GetValueOrDefault<int>()));
});
var serve = new Command("serve", Help.Text(CliText.Of("Cmd_Serve"), "perfpublish serve --port 5080"))
{
    content, templates, port,
};
serve.SetAction((result, cancellation) => Report.Serve(
    // The preview shows the web page; laying out a PDF on every save would only slow it down.
    new ServeOptions(Options(result) with { RenderPdf = false }, result.GetValue(port)), cancellation));

var paths = new Argument<string[]>("path") { Description = CliText.Of("Arg_Paths"), Arity = ArgumentArity.OneOrMore };
var yes = new Option<bool>("--yes", "-y") { Description = CliText.Of("Opt_Yes") };
var fixEncoding = new Command("fix-encoding", Help.Text(CliText.Of("Cmd_FixEncoding"), "perfpublish fix-encoding content"))
{
    paths, yes,
};
fixEncoding.SetAction(result => Report.FixEncoding(result.GetValue(paths)!, result.GetValue(yes)));

var repositoryFolder = new Argument<string>("folder") { Description = CliText.Of("Arg_InitFolder") };
var packageSource = new Option<string?>("--package-source") { Description = CliText.Of("Opt_PackageSource") };
var init = new Command("init", Help.Text(CliText.Of("Cmd_Init"), "perfpublish init my-office-publications"))
{
    repositoryFolder, packageSource,
};
init.SetAction(result => Report.Init(result.GetValue(repositoryFolder)!, result.GetValue(packageSource)));

var importFile = new Argument<string>("file") { Description = CliText.Of("Arg_ImportFile") };
var importTo = new Option<string>("--to") { Description = CliText.Of("Opt_To"), Required = true };
var importForm = new Option<string?>("--form") { Description = CliText.Of("Opt_Form") };
var force = new Option<bool>("--force") { Description = CliText.Of("Opt_Force") };
var import = new Command("import", Help.Text(CliText.Of("Cmd_Import"), "perfpublish import 2021年部门预算绩效目标.docx --to content/2021-632001"))
{
    importFile, importTo, importForm, force, templates, schemas,
};
import.SetAction(result => Report.Import(Importer.Import(new ImportRequest(result.GetValue(importFile)!, result.GetValue(importTo)!,
    result.GetValue(importForm), result.GetValue(force), result.GetValue(templates)!, result.GetValue(schemas)!)), result.GetValue(importTo)!));

var from = new Option<string>("--from") { Description = CliText.Of("Opt_From"), Required = true };
var diffTo = new Option<string?>("--to") { Description = CliText.Of("Opt_DiffTo") };
var pdf = new Option<bool>("--pdf") { Description = CliText.Of("Opt_Pdf") };
var pageUrl = new Option<string>("--page-url") { Description = CliText.Of("Opt_PageUrl"), DefaultValueFactory = _ => "index.html" };
var diff = new Command("diff", Help.Text(CliText.Of("Cmd_Diff"), "perfpublish diff --from origin/main\n  perfpublish diff --from v2021.1 --to HEAD --pdf"))
{
    from, diffTo, content, templates, output, pdf, pageUrl,
};
diff.SetAction(result => Report.Review(Reviewer.Run(new ReviewRequest(result.GetValue(from)!, result.GetValue(diffTo),
    result.GetValue(content)!, result.GetValue(templates)!, result.GetValue(output) ?? "output")
{
    RenderPdf = result.GetValue(pdf), PageUrl = result.GetValue(pageUrl)!,
})));

var root = new RootCommand(Help.Text(CliText.Of("Root"), "perfpublish check && perfpublish build"))
{
    build, check, scaffold, import, serve, site, schemaFiles, fixEncoding, init, diff, language,
};
return Report.Run(root, args);

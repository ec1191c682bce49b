using System.CommandLine;
using PerfPublish.Build;
using PerfPublish.Cli;
using PerfPublish.Scaffold;
using PerfPublish.Serve;

// The command line only: each command reads its arguments and calls the library; Report prints and picks the exit code.
var content = new Option<string>("--content") { Description = "folder with the publications (each has a publication.yaml)", DefaultValueFactory = _ => "content" };
var templates = new Option<string>("--templates") { Description = "folder with the templates, frameworks and reference.docx", DefaultValueFactory = _ => "templates" };
var output = new Option<string>("--output") { Description = "folder the site and documents are written to (into its site/ folder)", DefaultValueFactory = _ => "output" };
var schemas = new Option<string>("--schemas") { Description = "folder with the JSON Schemas the new files refer to", DefaultValueFactory = _ => "schemas" };

var noCache = new Option<bool>("--no-cache") { Description = "build every publication again, even those whose content, templates and tool are unchanged since the last build" };
var shard = new Option<Shard?>("--shard")
{
    Description = "build only share i of n of the publications (a CI matrix job), e.g. 2/4; then 'perfpublish site' assembles the shards' outputs",
    CustomParser = argument => Shard.Parse(argument.Tokens.Single().Value, out var problem) ?? Fail(argument, problem!),
};

static Shard? Fail(System.CommandLine.Parsing.ArgumentResult argument, string problem)
{
    argument.AddError(problem);
    return null;
}

BuildOptions Options(ParseResult result) => new(result.GetValue(content)!, result.GetValue(templates)!, result.GetValue(output) ?? "output");

var build = new Command("build", Help.Text(
    "Build every publication into the Word file and the web site (output/site/). Nothing is written when there are errors.",
    "perfpublish build --content content --output output\n  perfpublish build --shard 2/4 --output shard-2"))
{
    content, templates, output, noCache, shard,
};
build.SetAction(result => Report.Build(ProgressDisplay.Run(progress => Pipeline.Build(
    Options(result) with { UseCache = !result.GetValue(noCache), Shard = result.GetValue(shard) }, progress))));

var shardOutputs = new Argument<string[]>("shard-outputs") { Description = "the --output folders of the shard builds", Arity = ArgumentArity.OneOrMore };
var site = new Command("site", Help.Text(
    "Assemble one site from the outputs of 'perfpublish build --shard i/n' (one per CI matrix job): their publications as built, and the index and shared files written here.",
    "perfpublish site shard-1 shard-2 shard-3 shard-4 --output output"))
{
    shardOutputs, templates, output,
};
site.SetAction(result => Report.Build(SiteAssembly.Assemble(result.GetValue(templates)!, result.GetValue(output) ?? "output", result.GetValue(shardOutputs)!)));

var check = new Command("check", Help.Text(
    "Check the content only (fast): every rule the build applies, nothing is written.",
    "perfpublish check --content content"))
{
    content, templates,
};
check.SetAction(result => Report.Check(ProgressDisplay.Run(progress => Pipeline.Check(Options(result), progress))));

var publicationFolder = new Argument<string>("folder") { Description = "the new publication's folder, e.g. content/2022-632001" };
var year = new Option<int>("--year") { Description = "budget year (预算年度); default: next year", DefaultValueFactory = _ => DateTime.Today.Year + 1 };
var unitCode = new Option<string?>("--unit-code") { Description = "unit code (单位编码), e.g. 632001; left as a placeholder when not given" };
var unitName = new Option<string?>("--unit-name") { Description = "unit name (单位名称); left as a placeholder when not given" };
var framework = new Option<string>("--framework")
{
    Description = "indicator framework: central-2021 (成本指标 as a first-level indicator) or legacy (成本指标 under 产出指标)",
    DefaultValueFactory = _ => "central-2021",
};
var newPublication = new Command("publication", Help.Text(
    "Make a new publication folder: publication.yaml, objectives, prose and a first project, each field with a 【待填写】 placeholder and a comment. Then fill in the placeholders and run 'perfpublish check'.",
    "perfpublish new publication content/2022-632001 --year 2022 --unit-code 632001 --unit-name \"秦皇岛市北戴河区政府采购中心(本级)\""))
{
    publicationFolder, year, unitCode, unitName, framework, templates, schemas,
};
newPublication.SetAction(result => Report.Scaffold(Scaffolder.NewPublication(new NewPublicationRequest(
    result.GetValue(publicationFolder)!, result.GetValue(year), result.GetValue(unitCode), result.GetValue(unitName),
    result.GetValue(framework)!, result.GetValue(templates)!, result.GetValue(schemas)!))));

var projectPublication = new Argument<string>("publication") { Description = "the publication folder, e.g. content/2021-632001" };
var shortName = new Argument<string>("short-name") { Description = "short name for the file name (letters, digits, '-'), e.g. office-equipment" };
var newProject = new Command("project", Help.Text(
    "Add the next numbered project file (projects/NN-short-name.yaml) to a publication, with the indicator tree of its framework and a 【待填写】 placeholder in each field.",
    "perfpublish new project content/2021-632001 office-equipment"))
{
    projectPublication, shortName, templates, schemas,
};
newProject.SetAction(result => Report.Scaffold(Scaffolder.NewProject(new NewProjectRequest(
    result.GetValue(projectPublication)!, result.GetValue(shortName)!, result.GetValue(templates)!, result.GetValue(schemas)!))));

var scaffold = new Command("new", Help.Text(
    "Make new content from templates/new/: a publication or a project.",
    "perfpublish new publication content/2022-632001 --year 2022\n  perfpublish new project content/2021-632001 office-equipment"))
{
    newPublication, newProject,
};

var port = new Option<int>("--port") { Description = "port on 127.0.0.1 to listen on (0: any free port)", DefaultValueFactory = _ => 5080 };
var serve = new Command("serve", Help.Text(
    "Preview the site at http://127.0.0.1:<port>/ : it is rebuilt whenever a file under content/ or templates/ is saved, and the page in the browser reloads. Errors are shown in the page. Nothing is written to output/. Ctrl+C stops.",
    "perfpublish serve --port 5080"))
{
    content, templates, port,
};
serve.SetAction((result, cancellation) => Report.Serve(
    // The preview shows the web page; laying out a PDF on every save would only slow it down.
    new ServeOptions(Options(result) with { RenderPdf = false }, result.GetValue(port)), cancellation));

var root = new RootCommand(Help.Text(
    "PerfPublish: budget performance targets (部门预算绩效目标) from YAML and Markdown to Word and the web.\n\n" +
    "Exit codes: 0 ok (warnings may be printed), 1 content errors (printed as 'file(line,col): error PPnnnn: message'), " +
    "2 usage error (unknown command or option), 3 input/output failure (a file could not be read or written, a port is in use).\n" +
    "Every diagnostic code is explained in docs/diagnostics.md.",
    "perfpublish check && perfpublish build"))
{
    build, check, scaffold, serve, site,
};
return Report.Run(root, args);

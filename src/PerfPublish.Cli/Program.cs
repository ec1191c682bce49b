using System.CommandLine;
using PerfPublish.Build;
using PerfPublish.Cli;

var content = new Option<string>("--content") { Description = "folder with the publications (each has a publication.yaml)", DefaultValueFactory = _ => "content" };
var templates = new Option<string>("--templates") { Description = "folder with the templates and reference.docx", DefaultValueFactory = _ => "templates" };
var output = new Option<string>("--output") { Description = "folder the site and documents are written to (into its site/ folder)", DefaultValueFactory = _ => "output" };

BuildOptions Options(ParseResult result) => new(result.GetValue(content)!, result.GetValue(templates)!, result.GetValue(output)!);

var build = new Command("build", "Build every publication into the Word file and the web site.\n\nExample:\n  perfpublish build --content content --output output")
{
    content, templates, output,
};
build.SetAction(result => Report.Build(Pipeline.Build(Options(result))));

var check = new Command("check", "Check the content only (fast); nothing is written.\n\nExample:\n  perfpublish check --content content")
{
    content, templates,
};
check.SetAction(result => Report.Check(Pipeline.Check(Options(result))));

var root = new RootCommand("PerfPublish: budget performance targets (部门预算绩效目标) from YAML and Markdown to Word and the web.")
{
    build, check,
};

return Report.Run(root, args);

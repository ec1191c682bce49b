// Import/ is being refactored on another branch and keeps, until that lands, the names it was written with
// before issue 25's moves: `using PerfPublish.Build;` (now PerfPublish.Publishing), Framework from PerfPublish.Validate
// (now PerfPublish.Forms) and LibreOffice from PerfPublish.Write.Pdf (now PerfPublish.Office). These lines keep
// Import/ compiling unchanged; once its using directives name the new namespaces, delete this file.
global using BuildOptions = PerfPublish.Publishing.BuildOptions;
global using Framework = PerfPublish.Forms.Framework;
global using LibreOffice = PerfPublish.Office.LibreOffice;
global using Pipeline = PerfPublish.Publishing.Pipeline;
global using StagingFolder = PerfPublish.Publishing.StagingFolder;

namespace PerfPublish.Build
{
}

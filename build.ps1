#!/usr/bin/env pwsh
# The one entry point for people and CI. Run it through the local PowerShell tool:
#   dotnet tool restore
#   dotnet pwsh build.ps1 [target]
# Targets: build (default), test, check, serve, new, pack, validate-ci, fuzz [cases] [seed], fuzz-import [cases] [seed], bench [--sizes 1x3,1x50,50x10,200x20] [--pdf] [stages], accept-snapshots, import-fixtures, reference-docx, schemas, install-pdf, validate-html, install-browser, clean, help.
param(
    [Parameter(Position = 0)][string]$Target = 'build',
    [Parameter(ValueFromRemainingArguments = $true)][string[]]$Rest = @()
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$Root = $PSScriptRoot
Set-Location $Root
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'
$Configuration = 'Release'
$Cli = Join-Path $Root "src/PerfPublish.Cli/bin/$Configuration/net10.0/PerfPublish.Cli.dll"

function Step([string]$Text) { Write-Host "==> $Text" -ForegroundColor Cyan }

# Runs a native command, echoing it first, and stops the build with its exit code when it fails.
function Invoke-Native([string]$Command, [string[]]$Arguments) {
    Write-Host "    $Command $($Arguments -join ' ')" -ForegroundColor DarkGray
    & $Command @Arguments
    if ($LASTEXITCODE -ne 0) {
        Write-Host "FAILED ($LASTEXITCODE): $Command $($Arguments -join ' ')" -ForegroundColor Red
        exit $LASTEXITCODE
    }
}

# Compiles the solution unless nothing it is built from changed since the last compile: `dotnet build` takes
# 20-30 s here even when every project is up to date, while the targets that follow often take 2. What decides is
# the name, size and time of every file under src/, tests/, templates/, schemas/, ci/ and the example the tool
# carries for init (bin/ and obj/ left out), and of the repository's own build files and README (the packages'
# readme); any change, a `git checkout` too, compiles again.
function Compile {
    $stampFile = Join-Path $Root "src/PerfPublish.Cli/obj/compiled-$Configuration.stamp"
    $stamp = Get-CompileInputsStamp
    if ((Test-Path $Cli) -and (Test-Path $stampFile) -and (Get-Content $stampFile -Raw).Trim() -eq $stamp) {
        Step 'compile: up to date (nothing changed since the last compile)'
        return
    }
    Step 'compile'
    Invoke-Native dotnet @('build', 'PerfPublish.sln', '-c', $Configuration, '--nologo', '-v', 'quiet', '-clp:ErrorsOnly')
    Set-Content -Path $stampFile -Value $stamp -NoNewline
}

function Get-CompileInputsStamp {
    $folders = @('src', 'tests', 'templates', 'schemas', 'ci', 'content/2021-632001') | ForEach-Object { Join-Path $Root $_ } | Where-Object { Test-Path $_ }
    $files = @($folders | ForEach-Object { Get-SourceFile $_ } | ForEach-Object { [IO.FileInfo]::new($_) })
    $files += @(Get-ChildItem $Root -File -Force | Where-Object { $_.Name -match '\.(sln|props|targets|json|config)$' -or $_.Name -eq 'README.md' })
    $lines = $files | Sort-Object FullName | ForEach-Object { "$($_.FullName)|$($_.Length)|$($_.LastWriteTimeUtc.Ticks)" }
    $bytes = [Text.Encoding]::UTF8.GetBytes(($lines -join "`n"))
    [Convert]::ToHexString([Security.Cryptography.SHA256]::HashData($bytes))
}

# Packs the tool's three packages into $Folder (the pack target), unless they are there already from the same
# sources (the compile stamp, kept beside them): the Native AOT compile takes about 6 minutes here.
function Invoke-Pack([string]$Folder) {
    $stampFile = Join-Path $Folder 'packed-from.stamp'
    $stamp = Get-CompileInputsStamp
    if ((Test-Path $stampFile) -and (Get-Content $stampFile -Raw).Trim() -eq $stamp) {
        Step "pack: $Folder is up to date (nothing changed since the last pack)"
        return
    }
    Step "pack the perfpublish tool into $Folder"
    if (Test-Path $Folder) { Get-ChildItem $Folder -Filter 'PerfPublish.Cli*.nupkg' | Remove-Item }
    # Each pack restores for other runtimes than the build does (none for the pointer, one for each runtime
    # package, with AOT's compiler): that would rewrite the committed packages.lock.json files, or fail them on
    # CI (NU1004 in locked mode), so the packs keep their own lock file in each project's obj/.
    $pack = @('pack', 'src/PerfPublish.Cli', '-c', $Configuration, '--nologo', '-v', 'quiet', '-clp:ErrorsOnly', '-o', $Folder,
        '-p:NuGetLockFilePath=obj/runtime.packages.lock.json', '-p:RestoreLockedMode=false')
    Invoke-Native dotnet $pack
    Invoke-Native dotnet ($pack + @('-r', 'any'))
    if ([Runtime.InteropServices.RuntimeInformation]::RuntimeIdentifier -eq 'linux-x64') {
        Invoke-Native dotnet ($pack + @('-r', 'linux-x64'))
    } else {
        Write-Host 'PerfPublish.Cli.linux-x64 is not packed: Native AOT compiles for the system it runs on; pack on linux-x64 for a feed Linux machines install from' -ForegroundColor Yellow
    }
    Set-Content -Path $stampFile -Value $stamp -NoNewline
    Get-ChildItem $Folder -Filter *.nupkg | ForEach-Object { Write-Host "    $($_.FullName)" }
}

# Every file below $Folder but in build output and package folders, which are never entered (walking them took
# most of the second 'build.ps1 check' spends deciding that nothing needs compiling).
function Get-SourceFile([string]$Folder) {
    [IO.Directory]::EnumerateFiles($Folder)
    foreach ($sub in [IO.Directory]::EnumerateDirectories($Folder)) {
        if ([IO.Path]::GetFileName($sub) -notin @('bin', 'obj', 'node_modules', '__mismatch__')) { Get-SourceFile $sub }
    }
}

function Invoke-Cli([string[]]$Arguments) { Invoke-Native dotnet (@($Cli) + $Arguments) }

# A fuzz target: [cases] [seed] from the command line (10,000 cases and a fresh seed, printed for replay,
# by default), passed to the test class through the variables the fuzz tests read (tests/**/Fuzz/FuzzRun.cs).
function Invoke-Fuzz([string]$Target, [string]$What, [string]$TestClass) {
    Compile
    $cases = if ($Rest.Count -ge 1) { $Rest[0] } else { '10000' }
    $seed = if ($Rest.Count -ge 2) { $Rest[1] } else { [string](Get-Random -Minimum 1 -Maximum 2147483647) }
    Step "${Target}: $cases $What, seed $seed"
    $env:PERFPUBLISH_FUZZ_CASES = $cases
    $env:PERFPUBLISH_FUZZ_SEED = $seed
    Invoke-Native dotnet @('test', 'tests/PerfPublish.Tests', '-c', $Configuration, '--no-build', '--nologo',
        '--filter', "FullyQualifiedName~PerfPublish.Tests.Fuzz.$TestClass", '--logger', 'console;verbosity=detailed')
}

# Prints the closing 'N passed, N failed, N skipped' line from the test results, counting each test
# result by its outcome as dotnet test does, and lists every failed and skipped test with its reason. (The trx
# counters have no skipped count: a skipped test is a result with outcome NotExecuted, its reason the
# result's ErrorInfo message, while the counters' notExecuted stays 0.)
function Write-TestSummary([string]$ResultsFolder) {
    $passed = 0; $failed = 0; $skipped = @(); $failures = @()
    foreach ($trx in Get-ChildItem $ResultsFolder -Filter *.trx -ErrorAction SilentlyContinue) {
        $run = ([xml](Get-Content $trx.FullName -Raw)).TestRun
        foreach ($result in @($run.Results.ChildNodes | Where-Object { $_.LocalName -eq 'UnitTestResult' })) {
            switch ($result.outcome) {
                'Passed' { $passed++ }
                'NotExecuted' {
                    $message = $result.SelectSingleNode('*[local-name()="Output"]/*[local-name()="ErrorInfo"]/*[local-name()="Message"]')
                    $skipped += [pscustomobject]@{ Test = $result.testName; Reason = if ($message) { $message.InnerText.Trim() } else { '(no reason given)' } }
                }
                default {
                    $failed++
                    $message = $result.SelectSingleNode('*[local-name()="Output"]/*[local-name()="ErrorInfo"]/*[local-name()="Message"]')
                    $failures += [pscustomobject]@{ Test = $result.testName; Reason = if ($message) { ($message.InnerText.Trim() -split "`n" | Select-Object -First 3) -join ' ' } else { "($($result.outcome))" } }
                }
            }
        }
    }
    # Failures are listed here too, beside the closing line: a CI log that keeps only its tail still names them.
    if ($failures.Count -gt 0) {
        Write-Host "Failed tests:" -ForegroundColor Red
        foreach ($test in $failures | Sort-Object Test) { Write-Host "  $($test.Test): $($test.Reason)" -ForegroundColor Red }
    }
    if ($skipped.Count -gt 0) {
        Write-Host "Skipped tests:" -ForegroundColor Yellow
        foreach ($test in $skipped | Sort-Object Test) { Write-Host "  $($test.Test): $($test.Reason)" -ForegroundColor Yellow }
    }
    Write-Host "$passed passed, $failed failed, $($skipped.Count) skipped"
}

# Builds the site into <Output>/site (without the PDF step, which adds nothing to check) and runs
# html-validate (tests/html-validate, pinned in its package-lock.json) on every page. Needs Node.js and npm.
function Test-Html([string]$Output) {
    $tool = Join-Path $Root 'tests/html-validate'
    if (-not (Test-Path (Join-Path $tool 'node_modules/.bin/html-validate'))) {
        Invoke-Native npm @('ci', '--prefix', $tool, '--no-audit', '--no-fund', '--loglevel', 'error')
    }
    $previous = $env:PERFPUBLISH_PDF
    $env:PERFPUBLISH_PDF = 'off'
    Invoke-Cli @('build', '--content', 'content', '--templates', 'templates', '--output', $Output)
    $env:PERFPUBLISH_PDF = $previous
    $pages = @(Get-ChildItem (Join-Path $Output 'site') -Recurse -Filter *.html | ForEach-Object { $_.FullName })
    Write-Host "    html-validate: $($pages.Count) pages" -ForegroundColor DarkGray
    Invoke-Native node (@((Join-Path $tool 'node_modules/html-validate/bin/html-validate.mjs'), '--config', (Join-Path $tool '.htmlvalidate.json')) + $pages)
    Test-NuHtml $pages
}

# The 1,000-unit, 3-year site the browser test project generates and builds (tests/**/ScaleSite.cs):
# the Nu Html Checker on every one of its pages; html-validate, which takes minutes over 3,000 pages, on
# its index pages and one page of each kind (a first year, a unit that dropped a project, one that added one).
function Test-ScaleSite([string]$Site) {
    $indexes = @(Get-ChildItem $Site -Filter 'index*.html' | ForEach-Object { $_.FullName })
    $samples = @('2021-632538', '2022-632002', '2023-632003') | ForEach-Object { Join-Path $Site "$_/index.html" }
    Write-Host "    html-validate: $($indexes.Count + $samples.Count) pages of the 1,000-unit site" -ForegroundColor DarkGray
    $tool = Join-Path $Root 'tests/html-validate'
    Invoke-Native node (@((Join-Path $tool 'node_modules/html-validate/bin/html-validate.mjs'), '--config', (Join-Path $tool '.htmlvalidate.json')) + $indexes + $samples)
    Test-NuHtml @(Get-ChildItem $Site -Recurse -Filter *.html | ForEach-Object { $_.FullName })
}

# The W3C Nu Html Checker (npm vnu-jar, pinned in tests/vnu/package-lock.json) on the given pages, zero
# errors allowed. It is a Java program: without java it is skipped with the reason (install-browser installs it).
function Test-NuHtml([string[]]$Pages) {
    if (-not (Get-Command java -ErrorAction SilentlyContinue)) {
        Write-Host 'SKIPPED: Nu Html Checker (needs a Java runtime: dotnet pwsh build.ps1 install-browser)' -ForegroundColor Yellow
        return
    }
    $tool = Join-Path $Root 'tests/vnu'
    $jar = Join-Path $tool 'node_modules/vnu-jar/build/dist/vnu.jar'
    if (-not (Test-Path $jar)) { Invoke-Native npm @('ci', '--prefix', $tool, '--no-audit', '--no-fund', '--loglevel', 'error') }
    Write-Host "    Nu Html Checker: $($Pages.Count) pages" -ForegroundColor DarkGray
    Invoke-Native java (@('-jar', $jar, '--errors-only') + $Pages)
}

# action-validator (tests/action-validator, pinned in its package-lock.json) validates the GitHub Actions
# workflow that 'perfpublish init' writes (ci/github/); the tests run it (tests/**/Ci/CiFilesTests.cs), as
# does the validate-ci target. Needs Node.js and npm.
$ActionValidator = Join-Path $Root 'tests/action-validator/node_modules/.bin/action-validator'
# A Word package folder zipped as Word writes it ([Content_Types].xml first), with fixed entry times so the same folder gives the same bytes.
function Write-DocxFolder([string]$Folder, [string]$Target) {
    Add-Type -AssemblyName System.IO.Compression
    $files = Get-ChildItem $Folder -Recurse -File | ForEach-Object { [IO.Path]::GetRelativePath($Folder, $_.FullName).Replace('\', '/') } |
        Sort-Object { if ($_ -eq '[Content_Types].xml') { '' } else { $_ } }
    $stream = [IO.File]::Create($Target)
    $zip = [IO.Compression.ZipArchive]::new($stream, [IO.Compression.ZipArchiveMode]::Create)
    foreach ($name in $files) {
        $entry = $zip.CreateEntry($name, [IO.Compression.CompressionLevel]::Optimal)
        $entry.LastWriteTime = [DateTimeOffset]::new(1980, 1, 1, 0, 0, 0, [TimeSpan]::Zero)
        $out = $entry.Open(); $bytes = [IO.File]::ReadAllBytes((Join-Path $Folder $name)); $out.Write($bytes, 0, $bytes.Length); $out.Dispose()
    }
    $zip.Dispose(); $stream.Dispose()
}

# Opens a file in LibreOffice (HTML as a Writer document, as Word opens a saved web page) and saves it as Word 2007 DOCX.
function Convert-WithLibreOffice([string]$Source, [string]$Target) {
    if (-not (Get-Command soffice -ErrorAction SilentlyContinue)) { Write-Host 'LibreOffice is needed: dotnet pwsh build.ps1 install-pdf' -ForegroundColor Red; exit 3 }
    $work = Join-Path ([IO.Path]::GetTempPath()) "perfpublish-fixture-$([Guid]::NewGuid().ToString('N'))"
    $arguments = @("-env:UserInstallation=$([Uri]::new((Join-Path $work 'profile'), [UriKind]::Absolute).AbsoluteUri)", '--headless')
    if ($Source.EndsWith('.html')) { $arguments += '--infilter=HTML (StarWriter)' }
    Invoke-Native soffice ($arguments + @('--convert-to', 'docx:MS Word 2007 XML', '--outdir', $work, $Source))
    Move-Item (Join-Path $work ([IO.Path]::GetFileNameWithoutExtension($Source) + '.docx')) $Target -Force
    Remove-Item $work -Recurse -Force
}

function Install-ActionValidator {
    if (-not (Test-Path $ActionValidator)) {
        Invoke-Native npm @('ci', '--prefix', (Join-Path $Root 'tests/action-validator'), '--no-audit', '--no-fund', '--loglevel', 'error')
    }
}

# Runs a native command as root: directly when root, else through sudo (the install-* targets).
function Invoke-AsRoot([string]$Command, [string[]]$Arguments) {
    if ((& id -u) -eq '0') { Invoke-Native $Command $Arguments } else { Invoke-Native sudo (@($Command) + $Arguments) }
}

# Installs Debian packages with apt-get, through sudo when not root (the install-* targets).
function Install-DebianPackages([string[]]$Packages) {
    $env:DEBIAN_FRONTEND = 'noninteractive'
    Invoke-AsRoot apt-get @('update', '-qq')
    Invoke-AsRoot apt-get (@('install', '-y', '-qq') + $Packages)
}


switch ($Target) {
    'build' {
        Compile
        Step 'build every publication under content/ into output/site/'
        Invoke-Cli (@('build', '--content', 'content', '--templates', 'templates', '--output', 'output') + $Rest)
    }
    'check' {
        Compile
        Step 'check the content (nothing is written)'
        Invoke-Cli (@('check', '--content', 'content', '--templates', 'templates') + $Rest)
    }
    'test' {
        Compile
        Step 'run the tests'
        # In CI a missing snapshot fails the test instead of being written: snapshots are reviewed, not generated.
        if ($env:CI) { $env:SNAPSHOOTER_STRICT_MODE = 'true' }
        # The workflow test runs action-validator where npm can install it; without it that test is skipped, saying why.
        if ((Get-Command node -ErrorAction SilentlyContinue) -and (Get-Command npm -ErrorAction SilentlyContinue)) { Install-ActionValidator }
        $results = Join-Path $Root 'output/test-results'
        if (Test-Path $results) { Remove-Item $results -Recurse -Force }
        Write-Host "    dotnet test PerfPublish.sln -c $Configuration --no-build" -ForegroundColor DarkGray
        & dotnet test PerfPublish.sln -c $Configuration --no-build --nologo --logger 'trx' --logger 'console;verbosity=normal' --results-directory $results @Rest
        $code = $LASTEXITCODE
        if ($code -ne 0) { Write-TestSummary $results; Write-Host "FAILED: tests ($code)" -ForegroundColor Red; exit $code }
        if ((Get-Command node -ErrorAction SilentlyContinue) -and (Get-Command npm -ErrorAction SilentlyContinue)) {
            Step 'validate the HTML of every page (html-validate, Nu Html Checker)'
            Test-Html (Join-Path $Root 'output/test-artifacts/html-validate')
            $scale = Join-Path $Root 'output/test-artifacts/browser/scale/output/site'
            if (Test-Path $scale) {
                Step 'validate the HTML of the 1,000-unit site the tests built'
                Test-ScaleSite $scale
            }
            # The review page perfpublish diff wrote for the browser tests (tests/**/ReviewSite.cs).
            $review = Join-Path $Root 'output/test-artifacts/browser/review/repository/output/review/index.html'
            if (Test-Path $review) {
                Step 'validate the HTML of the review page (perfpublish diff)'
                $tool = Join-Path $Root 'tests/html-validate'
                Invoke-Native node @((Join-Path $tool 'node_modules/html-validate/bin/html-validate.mjs'), '--config', (Join-Path $tool '.htmlvalidate.json'), $review)
                Test-NuHtml @($review)
            }
        } else {
            Write-Host 'SKIPPED: HTML validation (html-validate needs Node.js and npm: dotnet pwsh build.ps1 install-browser)' -ForegroundColor Yellow
        }
        # The harness on the smallest size only: proves it runs (a benchmark is never a timed test).
        Step 'benchmark harness, smallest size (build.ps1 bench for the figures)'
        Invoke-Native dotnet @((Join-Path $Root "src/PerfPublish.Bench/bin/$Configuration/net10.0/PerfPublish.Bench.dll"), '--cli', $Cli, '--sizes', '1x3', '--runs', '1', '--output', 'output/test-artifacts/bench')
        # The summary comes last: CI reads the closing 'N passed, N failed' line.
        Write-TestSummary $results
    }
    'bench' {
        # Whole builds of generated corpora (the seed × units × projects) in a cold process, beside pandoc on
        # the same corpus; 'bench stages' runs BenchmarkDotNet per pipeline stage. Results: output/bench/.
        # PerfPublish is timed as an office runs it: the packages of 'pack' (Native AOT on linux-x64; packed
        # again only when the sources changed) installed in output/bench/office as `dotnet tool install -g` does
        # (`perfpublish`), and for the start-up lines also by a tool manifest (`dotnet perfpublish`) and as the
        # just-in-time build. '--quick' (CI) times the JIT build.
        Compile
        $benchCli = $Cli
        $manifestCli = @()
        if ($Rest -notcontains '--quick') {
            $packages = Join-Path $Root 'output/packages'
            Invoke-Pack $packages
            $office = Join-Path $Root 'output/bench/office'
            Step "install the packed tool in $office (dotnet new tool-manifest; dotnet tool install)"
            if (Test-Path $office) { Remove-Item $office -Recurse -Force }
            New-Item -ItemType Directory $office | Out-Null
            # The package cache and .NET home of this install only: the machine's may hold another build of the same version.
            $env:NUGET_PACKAGES = Join-Path $office 'nuget-packages'
            $env:DOTNET_CLI_HOME = Join-Path $office 'home'
            # The packages just packed and nothing else: not nuget.org, nor another version of the tool.
            $feedOnly = Join-Path $office 'feed-only.config'
            Set-Content $feedOnly "<configuration><packageSources><clear /><add key=`"packed`" value=`"$packages`" /></packageSources></configuration>"
            $version = (Get-ChildItem $packages -Filter 'PerfPublish.Cli.*.nupkg' | Where-Object { $_.Name -match '^PerfPublish\.Cli\.(\d[^/]*)\.nupkg$' } |
                ForEach-Object { $Matches[1] } | Select-Object -First 1)
            Push-Location $office
            Invoke-Native dotnet @('new', 'tool-manifest')
            Invoke-Native dotnet @('tool', 'install', 'PerfPublish.Cli', '--configfile', $feedOnly, '--version', $version)
            # The same packages as `dotnet tool install -g` puts them, in a folder of its own: the command is the
            # native binary itself (a link on Linux), started without the dotnet host that `dotnet perfpublish` goes through.
            $globalTools = Join-Path $office 'global-tools'
            Invoke-Native dotnet @('tool', 'install', 'PerfPublish.Cli', '--tool-path', $globalTools, '--configfile', $feedOnly, '--version', $version)
            Pop-Location
            Remove-Item Env:NUGET_PACKAGES, Env:DOTNET_CLI_HOME
            $benchCli = Join-Path $globalTools $(if ($IsWindows) { 'perfpublish.exe' } else { 'perfpublish' })
            $manifestCli = @('--manifest-cli', "tool:$office")
        }
        # The target an editor feels before every commit: a new PowerShell running 'check' when nothing changed.
        Step 'time dotnet pwsh build.ps1 check (nothing changed since the last compile)'
        $clock = [Diagnostics.Stopwatch]::StartNew()
        & dotnet pwsh -NoProfile -File (Join-Path $Root 'build.ps1') check | Out-Null
        $check = if ($LASTEXITCODE -eq 0) { @('--check-seconds', $clock.Elapsed.TotalSeconds.ToString([Globalization.CultureInfo]::InvariantCulture)) } else { @() }
        Step "benchmark: perfpublish beside pandoc $($Rest -join ' ')"
        # 'profile' times stages in this process: with tiering off its code is optimised from the start, as the AOT tool's is.
        if ($Rest -contains 'profile') { $env:DOTNET_TieredCompilation = '0' }
        Invoke-Native dotnet (@((Join-Path $Root "src/PerfPublish.Bench/bin/$Configuration/net10.0/PerfPublish.Bench.dll"), '--cli', $benchCli, '--jit-cli', $Cli) + $manifestCli + $check + @($Rest | Where-Object { $_ -ne '--quick' }))
    }
    'serve' {
        Compile
        Step 'preview on http://127.0.0.1:5080/, rebuilt on every save (Ctrl+C stops)'
        Invoke-Cli (@('serve', '--content', 'content', '--templates', 'templates') + $Rest)
    }
    'new' {
        # e.g. dotnet pwsh build.ps1 new publication content/2022-632001 --year 2022
        #      dotnet pwsh build.ps1 new project content/2021-632001 office-equipment
        Compile
        Step "make new content: perfpublish new $($Rest -join ' ')"
        Invoke-Cli (@('new') + $Rest)
    }
    'pack' {
        # The tool as .NET 10 RID-specific packages (see the CLI's project file), with the default templates,
        # schemas, example and CI files in their defaults/ folder: PerfPublish.Cli (the pointer), PerfPublish.Cli.any
        # (framework-dependent) and, on linux-x64, PerfPublish.Cli.linux-x64 (Native AOT, about 6 minutes here).
        #   dotnet tool install PerfPublish.Cli --tool-path tools --add-source output/packages
        # 'pack <folder>' writes them there instead (ToolPackageTests packs a copy of the sources this way).
        Invoke-Pack $(if ($Rest.Count -ge 1) { [IO.Path]::GetFullPath($Rest[0]) } else { Join-Path $Root 'output/packages' })
    }
    'validate-ci' {
        Step 'validate the GitHub Actions workflow in ci/github/ (action-validator)'
        if (-not (Get-Command npm -ErrorAction SilentlyContinue)) {
            Write-Host 'Node.js and npm are needed: dotnet pwsh build.ps1 install-browser (or install them yourself)' -ForegroundColor Red
            exit 3
        }
        Install-ActionValidator
        Invoke-Native $ActionValidator @((Join-Path $Root 'ci/github/perfpublish.yml'))
    }
    'fuzz' {
        # CI runs a few hundred cases inside 'test'; this runs many more (10,000 by default) with a fresh
        # seed each time unless one is given, and prints the seed so a failure can be replayed.
        Invoke-Fuzz 'fuzz' 'mutated copies of the seed publication' 'ContentFuzzTests'
    }
    'fuzz-import' {
        # The same for perfpublish import: mutated copies of the seed's DOCX (bytes and XML), 10,000 by default.
        Invoke-Fuzz 'fuzz-import' 'mutated copies of the seed DOCX' 'ImportFuzzTests'
    }
    'import-fixtures' {
        # Remakes input.docx of each office-style import fixture (tests/PerfPublish.Tests/Fixtures/import/<profile>/<case>/)
        # from the file the office had: source.html or source.fodt opened and saved as Word by LibreOffice, as an office
        # does, or docx/ (a Word package unzipped and edited by hand) zipped again. Then run the tests and review
        # what changed in the cases' expected files (git diff) before committing.
        Step 'remake the import fixtures'' input.docx from their sources (LibreOffice for source.html and source.fodt)'
        foreach ($case in Get-ChildItem (Join-Path $Root 'tests/PerfPublish.Tests/Fixtures/import') -Recurse -Filter case.md | ForEach-Object Directory) {
            $target = Join-Path $case.FullName 'input.docx'
            if (Test-Path (Join-Path $case.FullName 'docx')) { Write-DocxFolder (Join-Path $case.FullName 'docx') $target }
            elseif ($source = Get-ChildItem $case.FullName -File -Filter 'source.*' | Select-Object -First 1) { Convert-WithLibreOffice $source.FullName $target }
            else { Write-Host "    $($case.Name): no source.* or docx/ to make input.docx from" -ForegroundColor Red; exit 1 }
            Write-Host "    $([IO.Path]::GetRelativePath($Root, $target))"
        }
    }
    'accept-snapshots' {
        Step 'accept changed snapshots (review them first: git diff after this)'
        foreach ($mismatch in Get-ChildItem $Root -Recurse -Directory -Filter '__mismatch__' | Where-Object { $_.FullName -notmatch '[\\/](bin|obj)[\\/]' }) {
            foreach ($file in Get-ChildItem $mismatch.FullName -File) {
                Move-Item $file.FullName (Join-Path $mismatch.Parent.FullName $file.Name) -Force
                Write-Host "    accepted $($file.Name)"
            }
            Remove-Item $mismatch.FullName -Recurse -Force
        }
    }
    'schemas' {
        Step 'regenerate the JSON Schemas in schemas/ from the form profiles in templates/forms (perfpublish schemas)'
        Invoke-Native dotnet @('run', '--project', 'src/PerfPublish.Cli', '-c', $Configuration, '--', 'schemas', '--templates', 'templates', '--schemas', 'schemas')
    }
    'reference-docx' {
        Step 'regenerate templates/reference.docx from src/PerfPublish.ReferenceDocx (overwrites a restyled file)'
        Invoke-Native dotnet @('run', '--project', 'src/PerfPublish.ReferenceDocx', '-c', $Configuration, '--', 'templates/reference.docx')
    }
    'install-pdf' {
        # The PDF and the TOC's page numbers need LibreOffice (headless), the CJK fonts it falls back to
        # where the official fonts are missing (templates/pdf-fonts.conf: Fandol first, Noto CJK last)
        # and poppler-utils (the PDF tests).
        Step 'install LibreOffice, the Fandol and Noto CJK fonts and poppler-utils for the PDF step (Debian/Ubuntu apt-get)'
        if (-not (Get-Command apt-get -ErrorAction SilentlyContinue)) {
            Write-Host 'apt-get not found: install LibreOffice Writer, Noto CJK fonts and poppler-utils with your package manager' -ForegroundColor Red
            exit 3
        }
        # ci/install-pdf.sh is the one installer: the office CI files that init writes run the same script, so
        # their PDFs are set in the same fonts. poppler-utils is for the PDF tests only.
        Invoke-Native sh @('ci/install-pdf.sh', 'poppler-utils')
        Write-Host "    installed; the next build writes the PDF and fills in the TOC's page numbers"
    }
    'validate-html' {
        Compile
        Step 'build the site and validate every page with html-validate and the Nu Html Checker (zero errors allowed)'
        if (-not (Get-Command node -ErrorAction SilentlyContinue) -or -not (Get-Command npm -ErrorAction SilentlyContinue)) {
            Write-Host 'Node.js and npm are needed: dotnet pwsh build.ps1 install-browser (or install them yourself)' -ForegroundColor Red
            exit 3
        }
        Test-Html (Join-Path $Root 'output')
    }
    'install-browser' {
        # The browser tests drive Debian's Chromium (Playwright cannot download its own browser here);
        # html-validate needs Node.js and npm, the Nu Html Checker a Java runtime. Installs only what is missing.
        Step 'install Chromium, Node.js, npm and Java for the browser tests and the HTML checks (Debian/Ubuntu apt-get)'
        if (-not (Get-Command apt-get -ErrorAction SilentlyContinue)) {
            Write-Host 'apt-get not found: install Chromium, Node.js, npm and a Java runtime with your package manager' -ForegroundColor Red
            exit 3
        }
        $packages = @()
        if (-not (Test-Path /usr/bin/chromium)) { $packages += 'chromium' }
        if (-not (Get-Command node -ErrorAction SilentlyContinue)) { $packages += 'nodejs' }
        if (-not (Get-Command npm -ErrorAction SilentlyContinue)) { $packages += 'npm' }
        if (-not (Get-Command java -ErrorAction SilentlyContinue)) { $packages += 'default-jre-headless' }
        if ($packages.Count -eq 0) { Write-Host '    Chromium, Node.js, npm and Java are already installed'; break }
        Install-DebianPackages $packages
        Write-Host "    installed: $($packages -join ', ')"
    }
    'clean' {
        Step 'remove build results'
        Get-ChildItem $Root -Recurse -Directory -Include bin, obj | Remove-Item -Recurse -Force
        if (Test-Path output/site) { Remove-Item output/site -Recurse -Force }
    }
    'help' {
        Get-Content $PSCommandPath | Select-Object -Skip 1 -First 4 | ForEach-Object { $_.TrimStart('# ') }
    }
    default {
        Write-Host "unknown target '$Target'; run: dotnet pwsh build.ps1 help" -ForegroundColor Red
        exit 2
    }
}

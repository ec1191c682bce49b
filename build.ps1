#!/usr/bin/env pwsh
# The one entry point for people and CI. Run it through the local PowerShell tool:
#   dotnet tool restore
#   dotnet pwsh build.ps1 [target]
# Targets: build (default), test, check, serve, new, fuzz [cases] [seed], bench [--sizes 1x3,1x50,50x10,200x20] [--pdf] [stages], accept-snapshots, reference-docx, install-pdf, validate-html, install-browser, clean, help.
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

function Compile { Step 'compile'; Invoke-Native dotnet @('build', 'PerfPublish.sln', '-c', $Configuration, '--nologo', '-v', 'quiet', '-clp:ErrorsOnly') }

function Invoke-Cli([string[]]$Arguments) { Invoke-Native dotnet (@($Cli) + $Arguments) }

# Prints the closing 'N passed, N failed, N skipped' line from the test results.
function Write-TestSummary([string]$ResultsFolder) {
    $passed = 0; $failed = 0; $skipped = 0
    foreach ($trx in Get-ChildItem $ResultsFolder -Filter *.trx -ErrorAction SilentlyContinue) {
        $counters = ([xml](Get-Content $trx.FullName -Raw)).TestRun.ResultSummary.Counters
        $passed += [int]$counters.passed; $failed += [int]$counters.failed; $skipped += [int]$counters.notExecuted
    }
    Write-Host "$passed passed, $failed failed, $skipped skipped"
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
}

# Installs Debian packages with apt-get, through sudo when not root (the install-* targets).
function Install-DebianPackages([string[]]$Packages) {
    $apt = if ((& id -u) -eq '0') { 'apt-get' } else { 'sudo' }
    $prefix = if ($apt -eq 'sudo') { @('apt-get') } else { @() }
    $env:DEBIAN_FRONTEND = 'noninteractive'
    Invoke-Native $apt ($prefix + @('update', '-qq'))
    Invoke-Native $apt ($prefix + @('install', '-y', '-qq') + $Packages)
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
        $results = Join-Path $Root 'output/test-results'
        if (Test-Path $results) { Remove-Item $results -Recurse -Force }
        Write-Host "    dotnet test PerfPublish.sln -c $Configuration --no-build" -ForegroundColor DarkGray
        & dotnet test PerfPublish.sln -c $Configuration --no-build --nologo --logger 'trx' --logger 'console;verbosity=normal' --results-directory $results @Rest
        $code = $LASTEXITCODE
        if ($code -ne 0) { Write-TestSummary $results; Write-Host "FAILED: tests ($code)" -ForegroundColor Red; exit $code }
        if ((Get-Command node -ErrorAction SilentlyContinue) -and (Get-Command npm -ErrorAction SilentlyContinue)) {
            Step 'validate the HTML of every page (html-validate)'
            Test-Html (Join-Path $Root 'output/test-artifacts/html-validate')
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
        # The CLI is timed as published with ReadyToRun (precompiled: the start-up a CI job pays), beside the
        # just-in-time build for the start-up line. '--quick' (CI) skips the publish and times the JIT build.
        Compile
        $benchCli = $Cli
        if ($Rest -notcontains '--quick') {
            Step 'publish the CLI with ReadyToRun into output/bench/cli'
            $rid = [System.Runtime.InteropServices.RuntimeInformation]::RuntimeIdentifier
            Invoke-Native dotnet @('publish', 'src/PerfPublish.Cli', '-c', $Configuration, '-r', $rid, '--self-contained', 'false', '-p:PublishReadyToRun=true', '-o', 'output/bench/cli', '--nologo', '-v', 'quiet')
            $benchCli = Join-Path $Root 'output/bench/cli/PerfPublish.Cli'
        }
        Step "benchmark: perfpublish beside pandoc $($Rest -join ' ')"
        Invoke-Native dotnet (@((Join-Path $Root "src/PerfPublish.Bench/bin/$Configuration/net10.0/PerfPublish.Bench.dll"), '--cli', $benchCli, '--jit-cli', $Cli) + $Rest)
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
    'fuzz' {
        # CI runs a few hundred cases inside 'test'; this runs many more (10,000 by default) with a fresh
        # seed each time unless one is given, and prints the seed so a failure can be replayed.
        Compile
        $cases = if ($Rest.Count -ge 1) { $Rest[0] } else { '10000' }
        $seed = if ($Rest.Count -ge 2) { $Rest[1] } else { [string](Get-Random -Minimum 1 -Maximum 2147483647) }
        Step "fuzz: $cases mutated copies of the seed publication, seed $seed"
        $env:PERFPUBLISH_FUZZ_CASES = $cases
        $env:PERFPUBLISH_FUZZ_SEED = $seed
        Invoke-Native dotnet @('test', 'tests/PerfPublish.Tests', '-c', $Configuration, '--no-build', '--nologo',
            '--filter', 'FullyQualifiedName~PerfPublish.Tests.Fuzz', '--logger', 'console;verbosity=detailed')
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
    'reference-docx' {
        Step 'regenerate templates/reference.docx from src/PerfPublish.ReferenceDocx (overwrites a restyled file)'
        Invoke-Native dotnet @('run', '--project', 'src/PerfPublish.ReferenceDocx', '-c', $Configuration, '--', 'templates/reference.docx')
    }
    'install-pdf' {
        # The PDF and the TOC's page numbers need LibreOffice (headless), the CJK fonts it falls back to
        # where the official fonts are missing (templates/pdf-fonts.conf) and poppler-utils (the PDF tests).
        Step 'install LibreOffice, CJK fonts and poppler-utils for the PDF step (Debian/Ubuntu apt-get)'
        if (-not (Get-Command apt-get -ErrorAction SilentlyContinue)) {
            Write-Host 'apt-get not found: install LibreOffice Writer, Noto CJK fonts and poppler-utils with your package manager' -ForegroundColor Red
            exit 3
        }
        $packages = @('libreoffice-writer-nogui', 'fonts-noto-cjk', 'fonts-arphic-ukai', 'fonts-liberation2', 'poppler-utils', 'poppler-data')
        Install-DebianPackages $packages
        Write-Host "    installed; the next build writes the PDF and fills in the TOC's page numbers"
    }
    'validate-html' {
        Compile
        Step 'build the site and validate every page with html-validate (zero errors allowed)'
        if (-not (Get-Command node -ErrorAction SilentlyContinue) -or -not (Get-Command npm -ErrorAction SilentlyContinue)) {
            Write-Host 'Node.js and npm are needed: dotnet pwsh build.ps1 install-browser (or install them yourself)' -ForegroundColor Red
            exit 3
        }
        Test-Html (Join-Path $Root 'output')
    }
    'install-browser' {
        # The browser tests drive Debian's Chromium (Playwright cannot download its own browser here);
        # html-validate needs Node.js and npm. Installs only what is missing.
        Step 'install Chromium, Node.js and npm for the browser tests and the HTML check (Debian/Ubuntu apt-get)'
        if (-not (Get-Command apt-get -ErrorAction SilentlyContinue)) {
            Write-Host 'apt-get not found: install Chromium, Node.js and npm with your package manager' -ForegroundColor Red
            exit 3
        }
        $packages = @()
        if (-not (Test-Path /usr/bin/chromium)) { $packages += 'chromium' }
        if (-not (Get-Command node -ErrorAction SilentlyContinue)) { $packages += 'nodejs' }
        if (-not (Get-Command npm -ErrorAction SilentlyContinue)) { $packages += 'npm' }
        if ($packages.Count -eq 0) { Write-Host '    Chromium, Node.js and npm are already installed'; break }
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

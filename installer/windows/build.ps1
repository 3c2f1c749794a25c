# Build Pressmark's Windows installer. WRITTEN, NOT YET RUN: see installer/README.md.
#
#   powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1
#
# Needs: Python 3.11+ (x64) with the project's .venv (python -m venv .venv), and Inno Setup 6
# (iscc.exe on PATH, or in its default folder). Makes dist\pressmark\ (the one-folder build)
# and dist\Pressmark-<version>-windows-x64-setup.exe.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

$python = ".venv\Scripts\python.exe"
if (-not (Test-Path $python)) { throw "No .venv: run 'py -3.11 -m venv .venv' first" }
& $python -m pip install --quiet --disable-pip-version-check -e ".[build]"
if ($LASTEXITCODE) { throw "pip failed" }

$version = (& $python -c "import catalog; print(catalog.__version__)").Trim()
& $python -m PyInstaller --noconfirm --clean --log-level WARN `
    --distpath dist --workpath build\pyinstaller installer\pressmark.spec
if ($LASTEXITCODE) { throw "PyInstaller failed" }

# Smoke test the frozen command line before packaging it
& dist\pressmark\pressmark.exe --version
if ($LASTEXITCODE) { throw "the frozen pressmark.exe does not start" }

$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$version" installer\windows\pressmark.iss
if ($LASTEXITCODE) { throw "Inno Setup failed" }
Write-Host "dist\Pressmark-$version-windows-x64-setup.exe"

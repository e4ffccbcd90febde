# Thin wrapper over dotnet for those who have PowerShell; every command here works without it too:
#   build   -> dotnet build LakalaPos.sln
#   test    -> dotnet test LakalaPos.sln
#   run     -> dotnet run --project src/LakalaPos.Terminal -- run
#   replay  -> dotnet run --project src/LakalaPos.Terminal -- replay tests/scripts
#   publish -> dotnet publish src/LakalaPos.Terminal -c Release -o artifacts/lakalapos
#   firmware -> dotnet publish src/LakalaPos.Terminal -c Release -r linux-x64 -p:PublishAot=true -p:Firmware=true -o artifacts/firmware
param(
    [ValidateSet('build', 'test', 'run', 'replay', 'publish', 'firmware')]
    [string]$Task = 'build',
    [Parameter(ValueFromRemainingArguments = $true)]
    [string[]]$Rest = @()
)
$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot
switch ($Task) {
    'build'   { dotnet build LakalaPos.sln @Rest }
    'test'    { dotnet test LakalaPos.sln @Rest }
    'run'     { dotnet run --project src/LakalaPos.Terminal -- run @Rest }
    'replay'  { if ($Rest.Count -eq 0) { $Rest = @('tests/scripts') }; dotnet run --project src/LakalaPos.Terminal -- replay @Rest }
    'publish' { dotnet publish src/LakalaPos.Terminal -c Release -o artifacts/lakalapos @Rest }
    'firmware' { dotnet publish src/LakalaPos.Terminal -c Release -r linux-x64 -p:PublishAot=true -p:Firmware=true -o artifacts/firmware @Rest }
}
exit $LASTEXITCODE

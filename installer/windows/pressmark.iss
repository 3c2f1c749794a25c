; Inno Setup 6 script for Pressmark's Windows installer. WRITTEN, NOT YET RUN: see installer/README.md.
;
; Build with installer\windows\build.ps1, which freezes the app with PyInstaller and then runs
;   iscc /DAppVersion=<catalog.__version__> installer\windows\pressmark.iss
; The version is passed in, never written here: catalog/__init__.py is its only home.
;
; Installs the one-folder build (dist\pressmark\: pressmark.exe for the command line,
; pressmark-gui.exe for the window) per user by default (no administrator needed), adds a
; Start-menu entry, and offers an "Import into Pressmark" verb on .zip files. Bundles are plain
; .zip files (BagIt), so Pressmark adds a verb to .zip's menu instead of taking .zip over.
;
; Uninstalling removes only what this installer put in {app} and the registry keys it made.
; The user's catalogues (%LOCALAPPDATA%\Pressmark\Default catalogue, or wherever they chose),
; their backups and the window's settings (HKCU\Software\Pressmark) are left alone: there is
; deliberately no [UninstallDelete] section.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z installer\windows\pressmark.iss
#endif
#ifndef DistDir
  #define DistDir "..\..\dist\pressmark"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\pyinstaller\icons\pressmark.ico"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
; AppId identifies the installation for upgrades and uninstall: never change it
AppId={{6F1C2B7E-3D4A-4E55-9A0B-5C8E2F7D1A93}
AppName=Pressmark
AppVersion={#AppVersion}
AppVerName=Pressmark {#AppVersion}
AppPublisher=Pressmark
AppComments=Offline catalogue of news and opinion articles
VersionInfoVersion={#AppVersion}
VersionInfoProductVersion={#AppVersion}
DefaultDirName={autopf}\Pressmark
DefaultGroupName=Pressmark
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=Pressmark-{#AppVersion}-windows-x64-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\pressmark-gui.exe
UninstallDisplayName=Pressmark {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "zipverb"; Description: "Add ""Import into Pressmark"" to the menu of .zip files (Pressmark bundles)"; GroupDescription: "Bundles:"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Pressmark"; Filename: "{app}\pressmark-gui.exe"; Comment: "Offline catalogue of news and opinion articles"
Name: "{autodesktop}\Pressmark"; Filename: "{app}\pressmark-gui.exe"; Tasks: desktopicon

[Registry]
; A verb under SystemFileAssociations\.zip appears in every .zip's context menu whatever program
; owns .zip, and leaves that ownership alone. It imports the bundle into the default catalogue
; with the command line (the window cannot open a bundle yet) and keeps the report on screen.
Root: HKA; Subkey: "Software\Classes\SystemFileAssociations\.zip\shell\Pressmark.ImportBundle"; ValueType: string; ValueName: ""; ValueData: "Import into Pressmark"; Flags: uninsdeletekey; Tasks: zipverb
Root: HKA; Subkey: "Software\Classes\SystemFileAssociations\.zip\shell\Pressmark.ImportBundle"; ValueType: string; ValueName: "Icon"; ValueData: """{app}\pressmark-gui.exe"",0"; Tasks: zipverb
Root: HKA; Subkey: "Software\Classes\SystemFileAssociations\.zip\shell\Pressmark.ImportBundle\command"; ValueType: string; ValueName: ""; ValueData: """{cmd}"" /c """"{app}\pressmark.exe"" bundle import ""%1"" & pause"""; Tasks: zipverb

[Run]
Filename: "{app}\pressmark-gui.exe"; Description: "{cm:LaunchProgram,Pressmark}"; Flags: nowait postinstall skipifsilent

; Inno Setup 6 script: an installer for the PyInstaller one-folder build.
;
;   iscc packaging\windows\reflectjournal.iss                      (from the repository root)
;   iscc /DAppVersion=0.1.1 packaging\windows\reflectjournal.iss   (another version)
;
; Expects build\pyinstaller\reflectjournal\ (packaging/windows/README.md
; says how to build it) and build\icons\reflectjournal.ico (made by
; packaging\linux\make-icons.py --ico). Writes build\windows\.
; Installs per user by default (no administrator needed); the user may
; choose all users in the dialog.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "reflectjournal"
#define AppExe "reflectjournal.exe"
#define AppId "io.github.reflectjournal.ReflectJournal"
#define PackProgId "reflectjournal.pack"

[Setup]
; The GUID is this app's identity for upgrades and uninstall: never change it.
AppId={{FFC5588E-42A5-4D49-9D31-BA1664A775D9}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=reflectjournal developers
AppPublisherURL=https://github.com/reflectjournal/reflectjournal
AppSupportURL=https://github.com/reflectjournal/reflectjournal/issues
AppCopyright=reflectjournal developers, GPL-3.0-or-later
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SourceDir=..\..
OutputDir=build\windows
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64-setup
SetupIconFile=build\icons\reflectjournal.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
; The journal, backups and settings are in the user's own folders, not in
; {app}: uninstalling never touches them.

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "build\pyinstaller\reflectjournal\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppId}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppId}"; Tasks: desktopicon

[Registry]
; Prompt packs (.rjpack) open in reflectjournal's import preview. HKA is
; HKCU for a per-user install and HKLM for an all-users one.
Root: HKA; Subkey: "Software\Classes\.rjpack"; ValueType: string; ValueName: ""; ValueData: "{#PackProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.rjpack"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-reflectjournal-pack"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#PackProgId}"; ValueType: string; ValueName: ""; ValueData: "reflectjournal prompt pack"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#PackProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#PackProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".rjpack"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

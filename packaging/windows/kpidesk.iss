; Inno Setup script for KPIDesk on Windows (Inno Setup 6.3 or newer).
; Build the PyInstaller bundle first (dist\kpidesk\), then, from the repository root:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\kpidesk.iss
; Output: dist\kpidesk-<version>-windows-x64-setup.exe. See packaging/README.md.
;
; A per-user install: no administrator rights, files under
; %LOCALAPPDATA%\Programs\KPIDesk, the start-menu entry and the .kpidesk
; association in the user's own registry hive (HKCU).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "KPIDesk"
#define AppExe "kpidesk.exe"
#define ProgId "KPIDesk.File"

[Setup]
AppId={{6B1E6C64-3F0D-4C6B-9B49-4B5049444B01}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=KPIDesk
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=kpidesk-{#AppVersion}-windows-x64-setup
SetupIconFile=packaging\windows\kpidesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "nb"; MessagesFile: "compiler:Languages\Norwegian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "dist\kpidesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "packaging\windows\kpidesk.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\kpidesk.ico"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\kpidesk.ico"; Tasks: desktopicon

[Registry]
; .kpidesk → KPIDesk.File (per user: HKA is HKCU when installed without admin rights).
Root: HKA; Subkey: "Software\Classes\.kpidesk"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.kpidesk"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-kpidesk"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.kpidesk\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "KPIDesk file"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\kpidesk.ico"""
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".kpidesk"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder: the owner's .kpidesk files and the data folder
; (%LOCALAPPDATA%\KPIDesk: backups, logs) are theirs and stay.
Type: filesandordirs; Name: "{app}"

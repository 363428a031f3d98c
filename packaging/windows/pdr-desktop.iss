; Inno Setup 6 script for PDR Desktop (built by .github/workflows/windows-installer.yml).
;   iscc /DAppVersion=0.1.0 packaging\windows\pdr-desktop.iss
; expects the PyInstaller one-folder bundle in dist\pdr-desktop\ (relative to the repository root).
;
; Silent install, per machine (needs admin):   PDR-Desktop-Setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /ALLUSERS
; Silent install, per user (no admin needed):  PDR-Desktop-Setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /CURRENTUSER
; Silent uninstall:  "{app}\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; Uninstalling removes the program only: drafts, backups and settings under the user's
; profile and C:\ProgramData\pdr-desktop\site-settings.json are never touched.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "PDR Desktop"
#define AppExe "pdr-desktop.exe"
#define Root "..\.."

[Setup]
AppId={{6B0B4C52-3E0B-4C64-9D1B-7C4E2C1E5D11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Portsmouth City Council
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-machine by default; per-user install without admin via the dialog or /CURRENTUSER.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=PDR-Desktop-{#AppVersion}-Setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
UninstallDisplayIcon={app}\{#AppExe}
CloseApplications=yes
; The app icon (resources\icons\pdr-desktop.ico, made by resources/icons/make_icons.py) is also
; embedded in pdr-desktop.exe by the PyInstaller spec, so shortcuts and .pdr files show it.
SetupIconFile={#Root}\resources\icons\pdr-desktop.ico

[Files]
Source: "{#Root}\dist\pdr-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#Root}\packaging\site-settings.example.json"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\{#AppExe}"; Comment: "Fill in the Performance Conversation (PDR) form offline"

[Registry]
; .pdr opens in PDR Desktop. HKA = HKLM for a per-machine install, HKCU for a per-user one.
Root: HKA; Subkey: "Software\Classes\.pdr"; ValueType: string; ValueName: ""; ValueData: "PDRDesktop.Draft"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.pdr\OpenWithProgids"; ValueType: string; ValueName: "PDRDesktop.Draft"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\PDRDesktop.Draft"; ValueType: string; ValueName: ""; ValueData: "PDR Desktop draft"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\PDRDesktop.Draft\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\PDRDesktop.Draft\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "Start {#AppName}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entries on purpose: user data lives outside {app} and stays.

; Inno Setup 6.3+ script: the Windows installer of Complaint Book, made from the folder
; that packaging/complaint-book.spec builds (dist\ComplaintBook).
;
;   python packaging\build.py --installer
;   (or by hand, after the PyInstaller build: ISCC /DAppVersion=0.1.0 packaging\complaint-book.iss)
;
; It installs the app's folder, a Start-menu entry for the window (ComplaintBook.exe, no
; console) and, beside it, the command line (complaint-book.exe: backup, register,
; check...). The register is not in this folder: it lives in the user's local app data
; folder (%LOCALAPPDATA%\Complaint Book), so uninstalling or upgrading never touches it.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef DistDir
  #define DistDir "..\dist\ComplaintBook"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist\installer"
#endif
#define AppName "Complaint Book"
#define AppExe "ComplaintBook.exe"

[Setup]
; The same AppId in every version: a new installer upgrades the app in place.
AppId={{8E55703A-E071-4A1C-AD5B-6A25B9A23DCC}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir={#OutputDir}
OutputBaseFilename=ComplaintBook-Setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; PySide6 wheels are 64-bit only.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 needs Windows 10 or newer.
MinVersion=10.0
; For every user of the counter PC (Program Files, needs an administrator); whoever
; has no administrator at hand may install it for themselves instead.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
; An open app is asked to close before its files are replaced.
CloseApplications=yes
SetupLogging=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; The app's other languages where this Inno Setup has them (some are contributed
; translations: put their .isl into Inno Setup's Languages folder to get them).
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseTraditional.isl")
Name: "zh_TW"; MessagesFile: "compiler:Languages\ChineseTraditional.isl"
#endif
#if FileExists(AddBackslash(CompilerPath) + "Languages\Vietnamese.isl")
Name: "vi"; MessagesFile: "compiler:Languages\Vietnamese.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; window-check.exe exists only in CI's build (--window-check); it is never shipped.
Source: "{#DistDir}\*"; DestDir: "{app}"; Excludes: "window-check.exe"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

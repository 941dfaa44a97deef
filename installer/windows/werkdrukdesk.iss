; Inno Setup 6 script: a per-user WerkdrukDesk installer that needs no administrator rights.
;
; Build on Windows, from the project root, in a venv with the project and PyInstaller:
;     pip install -e . "pyinstaller>=6.10,<7"
;     pyinstaller --noconfirm --clean installer\werkdrukdesk.spec
;     iscc /DAppVersion=0.1.0 installer\windows\werkdrukdesk.iss
; The result is dist\WerkdrukDesk-<version>-setup.exe. Pass the version of pyproject.toml.
;
; What it does: copies the one-folder bundle to %LOCALAPPDATA%\Programs\WerkdrukDesk, adds a
; Start-menu entry (and, if chosen, one on the desktop), registers the .werkdruk file type for
; this user (HKCU\Software\Classes) with the program's icon, and an uninstaller. Uninstalling
; removes the program and the file type; organisation files, settings and backups stay.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "WerkdrukDesk"
#define AppExe "WerkdrukDesk.exe"
#define ProgId "WerkdrukDesk.Bestand"
#define BundleDir "..\..\dist\WerkdrukDesk"

[Setup]
; Never change AppId: it ties updates and the uninstaller to earlier installs.
AppId={{6C1E9B54-3F0A-4C5E-9D7B-2A8F1E4B7C30}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ChangesAssociations=yes
CloseApplications=yes
RestartApplications=no
SetupIconFile=..\..\resources\icons\werkdrukdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
dutch.FileTypeName=WerkdrukDesk-organisatiebestand
english.FileTypeName=WerkdrukDesk organisation file
dutch.AssociateTask=.werkdruk-bestanden openen met {#AppName}
english.AssociateTask=Open .werkdruk files with {#AppName}
dutch.FileTypeGroup=Bestandstype:
english.FileTypeGroup=File type:

[Tasks]
Name: "association"; Description: "{cm:AssociateTask}"; GroupDescription: "{cm:FileTypeGroup}"
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; Everything PyInstaller put in the bundle: WerkdrukDesk.exe (the program), werkdrukdesk-cli.exe
; (the command line, with a console) and _internal\ (Python, Qt, resources).
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the whole bundle, so no module of an older version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Registry]
; The file type, for this user only (PrivilegesRequired=lowest writes nothing machine-wide).
Root: HKCU; Subkey: "Software\Classes\.werkdruk"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: association
Root: HKCU; Subkey: "Software\Classes\.werkdruk"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-werkdruk"; Flags: uninsdeletevalue; Tasks: association
Root: HKCU; Subkey: "Software\Classes\.werkdruk\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: association
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:FileTypeName}"; Flags: uninsdeletekey; Tasks: association
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"; Tasks: association
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: association
; "Open with" lists the program for .werkdruk files, and the Run box finds it by name.
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".werkdruk"; ValueData: ""
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\App Paths\{#AppExe}"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe}"; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder; %LOCALAPPDATA%\WerkdrukDesk (settings, backups, log) belongs to the
; user and stays, as do the organisation files wherever they are.
Type: dirifempty; Name: "{app}"

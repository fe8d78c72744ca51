@echo off
rem Drop Excel workbooks onto this file (or run: wpxl-drop.bat FILE_OR_FOLDER...): wpxl makes
rem a safe copy beside each one, shows progress, and keeps the window open until a key is pressed.
rem   WPXL=C:\path\to\wpxl.exe   the wpxl command to run (default: wpxl on PATH, else ..\.venv)
rem   WPXL_DROP_NO_PAUSE=1       do not wait for a key at the end (tests, other scripts)
setlocal
chcp 65001 >nul
set "PYTHONUTF8=1"
set "WPXL_CMD=%WPXL%"
if not defined WPXL_CMD where wpxl >nul 2>&1 && set "WPXL_CMD=wpxl"
if not defined WPXL_CMD set "WPXL_CMD=%~dp0..\.venv\Scripts\wpxl.exe"
if "%~1"=="" (
  echo Drop one or more Excel workbooks ^(or a folder of them^) onto this file.
  set "STATUS=2"
  goto :done
)
echo wpxl: making safe copies; each copy goes beside its workbook.
"%WPXL_CMD%" sanitise --verbose --force -- %*
set "STATUS=%ERRORLEVEL%"
:done
if not defined WPXL_DROP_NO_PAUSE (
  echo.
  echo Press any key to close this window.
  pause >nul
)
exit /b %STATUS%

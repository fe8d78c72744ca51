#!/usr/bin/env bash
# Drop Excel workbooks onto this script (or run: wpxl-drop.sh FILE_OR_FOLDER...): wpxl makes
# a safe copy beside each one, shows progress, and keeps the window open until a key is pressed.
#   WPXL=/path/to/wpxl       the wpxl command to run (default: wpxl on PATH, else ../.venv)
#   WPXL_DROP_NO_PAUSE=1     do not wait for a key at the end (tests, other scripts)
here="$(cd "$(dirname "$0")" && pwd)"
wpxl="${WPXL:-}"
if [ -z "$wpxl" ]; then
  if command -v wpxl >/dev/null 2>&1; then
    wpxl="wpxl"
  else
    wpxl="$here/../.venv/bin/wpxl"
  fi
fi

if [ "$#" -eq 0 ]; then
  echo "Drop one or more Excel workbooks (or a folder of them) onto this script."
  status=2
else
  echo "wpxl: making safe copies of $# item(s); each copy goes beside its workbook."
  "$wpxl" sanitise --verbose --force -- "$@"
  status=$?
fi

if [ -z "${WPXL_DROP_NO_PAUSE:-}" ]; then
  echo
  echo "Press any key to close this window."
  read -r -s -n 1 _ || true
fi
exit "$status"

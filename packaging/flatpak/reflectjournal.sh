#!/bin/sh
# Launcher inside the Flatpak: the package lives in /app/share/reflectjournal,
# beside its resources/ folder.
export PYTHONPATH="/app/share/reflectjournal${PYTHONPATH:+:$PYTHONPATH}"
exec python3 -m reflectjournal "$@"

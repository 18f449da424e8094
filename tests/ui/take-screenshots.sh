#!/bin/bash
# Looks at the console for real: runs the built workbench under Xvfb with a fresh workspace,
# starts a simulated device from the Device menu, and saves a screenshot of the welcome page
# and of every tab of the device page. Not part of ctest: a person looks at the pictures.
#
#   tests/ui/take-screenshots.sh [BUILD_DIR] [OUT_DIR] [LANG]
#
# Needs xvfb, xdotool and imagemagick (import). LANG "de" takes the German pictures.
set -euo pipefail
build=$(realpath "${1:-build}")
out=$(realpath -m "${2:-screenshots}")
lang=${3:-en}
mkdir -p "$out"
home=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; wait 2>/dev/null; rm -rf "$home" 2>/dev/null || true' EXIT

display=:$((RANDOM % 400 + 100))
Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
sleep 1
export DISPLAY=$display HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data
export QT_QPA_PLATFORM=xcb LANGUAGE=$lang LC_ALL=C.UTF-8
mkdir -p "$XDG_CONFIG_HOME/cwmp-workbench"
# A free port instead of 7547, which another ACS on this machine may hold.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cat > "$XDG_CONFIG_HOME/cwmp-workbench/cwmp-workbench.conf" <<CONF
[cwmp]
port=$port
[ui]
language=$lang
CONF
# The Forum's definitions, when the shared material lies beside the checkout, so that the
# parameter details and the conformance report have something to show.
models=$(dirname "$(realpath "$0")")/../../../shared/datamodels
if [ -d "$models" ]; then
  printf '[datamodels]\nfolder=%s\n' "$(realpath "$models")" >> "$XDG_CONFIG_HOME/cwmp-workbench/cwmp-workbench.conf"
fi

"$build/bin/cwmp-workbench" > "$home/workbench.log" 2>&1 &
for _ in $(seq 50); do
  window=$(xdotool search --name "CWMP Workbench" 2>/dev/null | head -1 || true)
  [ -n "$window" ] && break
  sleep 0.2
done
[ -n "$window" ] || { echo "the workbench window did not appear"; cat "$home/workbench.log"; exit 1; }
xdotool windowsize "$window" 1400 860 windowmove "$window" 20 20 2>/dev/null || true
sleep 2
shot() { sleep "${2:-1.5}"; import -window root "$out/$1.png"; echo "$out/$1.png"; }
shot 01-welcome

# Device > Start simulated device, by its shortcut. Xvfb runs no window manager, so the
# window gets the keyboard focus directly.
xdotool windowfocus --sync "$window" 2>/dev/null || true
xdotool key ctrl+shift+s
shot 02-summary 8
xdotool key alt+p
shot 03-parameters 3
xdotool key ctrl+f; sleep 0.3; xdotool type --delay 20 "DeviceInfo."
shot 04-parameters-filtered 2
xdotool key alt+t
shot 05-tasks 2
xdotool key alt+l
shot 06-session-log 2
# The first GetParameterValuesResponse-sized row of the log, to show the XML pane.
xdotool mousemove 500 130 click 1
shot 07-session-log-message 2
xdotool key alt+g
shot 08-diagnostics 2
# Run the proposed IPPing against the workbench's own address.
xdotool key alt+r
shot 09-diagnostics-ping 12
xdotool key alt+m
shot 10-monitor 6
xdotool key alt+n
xdotool key ctrl+shift+n; sleep 1; xdotool key Return
shot 11-snapshots 3
# Without a window manager a closed dialog leaves the keyboard focus nowhere.
xdotool windowfocus --sync "$window" 2>/dev/null || true
xdotool key alt+p
# The Description row under DeviceInfo., to show its definition in the details pane.
xdotool mousemove 560 212 click 1
shot 12-parameters-details 2
# Device > Back up configuration, followed on Files & backups.
xdotool key ctrl+shift+b
shot 13-backups 8
xdotool key ctrl+shift+k
shot 14-conformance 5
xdotool key Escape
xdotool windowfocus --sync "$window" 2>/dev/null || true
xdotool key ctrl+shift+p
shot 15-profiles 2

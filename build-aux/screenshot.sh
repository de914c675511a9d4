#!/usr/bin/env bash
# build-aux/screenshot.sh — take the README and metainfo screenshots under Xvfb.
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   bash build-aux/screenshot.sh NAME [SERIES] [SERIAL] [wait|models:QUERY|click:X,Y]
#
# Opens the built app with settings in a throw-away folder with the given
# series and serial typed in, and saves data/screenshots/NAME.png. With
# "wait", the app opens on a WAIT countdown that started 12 minutes ago; with
# "models:QUERY", on the model table searched for QUERY (typed after Ctrl+F);
# with "click:X,Y[;X,Y…]", after clicks at those points (a section's tab, or
# the main menu and one of its items). More settings can be given as
# SETTINGS="key=value key=value" in the environment (guide-step=enter, say),
# and text typed after the clicks as TYPE="text" (a code in step 6). The app
# runs beside a throwaway keyring (build-aux/test-session), never the user's.
#
# The README's screenshots (the window is 760 px wide, the menu button at 618,28):
#   bash build-aux/screenshot.sh guide
#   SETTINGS="guide-step=enter guide-display=code" TYPE=1609 \
#     bash build-aux/screenshot.sh guide-enter nissan-ni NI667SM0474796 "click:632,222;380,170"
#   SETTINGS="guide-step=code guide-display=code" \
#     bash build-aux/screenshot.sh guide-code renault-precode B456
#   bash build-aux/screenshot.sh serial "" "S/N: BP2346319874O5" "click:618,28;575,80"
#   bash build-aux/screenshot.sh find blaupunkt-bp "" click:205,28
#   bash build-aux/screenshot.sh wait nissan-ni "" wait
#   bash build-aux/screenshot.sh reference "" "" click:405,28
#   bash build-aux/screenshot.sh models "" "" models:k12
set -euo pipefail
cd "$(dirname "$0")/.."

name=$1 series=${2:-} serial=${3:-} wait=${4:-}
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1400x1000x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; rm -rf "${config:-}"' EXIT
sleep 1

config=$(mktemp -d)
export XDG_CONFIG_HOME=$config XDG_STATE_HOME=$config/state GSETTINGS_BACKEND=keyfile
args=()
mkdir -p "$config/state/radio-code"
# The radio being unlocked: its series and serial as typed.
printf '[radio]\nversion=1\nseries=%s\nserial-text=%s\nmodel=\nvin=\n' "$series" "$serial" \
  > "$config/state/radio-code/radio.ini"
if [ "$wait" = wait ]; then
  printf '[lockout]\nversion=1\nrule=nissan-page\nstate=waiting\nfailures=3\nround-failures=0\nwaits=1\nduration=3600\nelapsed-us=754000000\nanchor-wall-us=%s\n' \
    "$(date +%s%6N)" > "$config/state/radio-code/lockout.ini"
  args=(--wait-timer)
fi
export RADIO_CODE_SCREENSHOT_ARGS="${args[*]}" RADIO_CODE_SCREENSHOT_QUERY=
export RADIO_CODE_SCREENSHOT_CLICK=
case "$wait" in
  models:*) RADIO_CODE_SCREENSHOT_QUERY=${wait#models:}
            RADIO_CODE_SCREENSHOT_CLICK=505,28 ;;  # the Models tab at 760 px
  click:*) RADIO_CODE_SCREENSHOT_CLICK=${wait#click:} ;;
esac
export DISPLAY=$display GDK_BACKEND=x11 NO_AT_BRIDGE=1 GTK_A11Y=none
export GSETTINGS_SCHEMA_DIR=$PWD/_build/data RADIO_CODE_SCREENSHOT_SETTINGS=${SETTINGS:-}
export RADIO_CODE_SCREENSHOT_TYPE=${TYPE:-}
dbus-run-session -- bash build-aux/test-session bash -c '
  gsettings set org.example.RadioCode window-width 760
  gsettings set org.example.RadioCode window-height 720
  for setting in $RADIO_CODE_SCREENSHOT_SETTINGS; do
    gsettings set org.example.RadioCode "${setting%%=*}" "${setting#*=}"
  done
  _build/src/radio-code $RADIO_CODE_SCREENSHOT_ARGS &
  app=$!
  # A busy machine takes a while to map the window; then it draws its first frames.
  timeout 60 xdotool search --sync --onlyvisible --class radio-code >/dev/null 2>&1 ||
    timeout 60 xdotool search --sync --onlyvisible --name "Radio Code" >/dev/null
  sleep 3
  if [ -n "$RADIO_CODE_SCREENSHOT_CLICK" ]; then
    for point in ${RADIO_CODE_SCREENSHOT_CLICK//;/ }; do
      xdotool mousemove ${point/,/ } click 1; sleep 3
    done
  fi
  if [ -n "$RADIO_CODE_SCREENSHOT_TYPE" ]; then
    xdotool type --delay 50 "$RADIO_CODE_SCREENSHOT_TYPE"; sleep 1
  fi
  if [ -n "$RADIO_CODE_SCREENSHOT_QUERY" ]; then
    xdotool key ctrl+f; sleep 0.5
    xdotool type --delay 50 "$RADIO_CODE_SCREENSHOT_QUERY"; sleep 1
  fi
  import -window root -crop 760x720+0+0 "'"data/screenshots/$name.png"'"
  kill $app'
echo "data/screenshots/$name.png"

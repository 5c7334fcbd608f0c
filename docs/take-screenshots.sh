#!/usr/bin/env bash
# Takes the README's screenshots of the real application on a fresh demo workspace, under Xvfb.
#
#   docs/take-screenshots.sh [BUILD_DIR]      (default: build; writes docs/screenshots/*.png)
#
# It drives release-console with the keyboard and the mouse through xdotool, the way a person
# would, and captures each window with ImageMagick's import. The window is given a fixed size, so
# the clicks land on the same controls every time. Needs: xvfb, xdotool, imagemagick (installed with
# apt when missing, as root or through sudo).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$here/build}"
out="$here/docs/screenshots"
app="$build/bin/release-console"
[[ -x "$app" ]] || { echo "error: $app not found; build first (cmake -S . -B build && cmake --build build)" >&2; exit 1; }

need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xdotool >/dev/null || need+=(xdotool)
command -v import >/dev/null || need+=(imagemagick)
if ((${#need[@]})); then
    sudo=""; [[ $(id -u) -eq 0 ]] || sudo="sudo"
    $sudo apt-get install -y --no-install-recommends "${need[@]}"
fi

# A display nobody uses, a fresh home (settings, demo folder), English, and no keychain.
display=":$((90 + RANDOM % 9))"
while [[ -e "/tmp/.X11-unix/X${display#:}" ]]; do display=":$((90 + RANDOM % 9))"; done
home="$(mktemp -d)"
Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
app_pid=""
cleanup() {
    [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null || true
    kill "$xvfb" 2>/dev/null || true
    rm -rf "$home"
}
trap cleanup EXIT
export DISPLAY="$display" HOME="$home" LANG=C.UTF-8 LANGUAGE=en LC_ALL=C.UTF-8 QT_QPA_PLATFORM=xcb
unset GH_TOKEN GITHUB_TOKEN DBUS_SESSION_BUS_ADDRESS
for _ in $(seq 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done

"$app" --demo >"$home/app.log" 2>&1 &
app_pid=$!

# The main window, placed at the origin with a fixed size.
main=$(xdotool search --sync --onlyvisible --name "Release Console" | head -n1)
xdotool windowmove "$main" 0 0 windowsize "$main" 1400 860
sleep 2

mkdir -p "$out"
# shot NAME [WINDOW]: waits for the window to settle, then writes docs/screenshots/NAME.png.
shot() {
    local window="${2:-$main}" x y w h
    sleep 1.2
    # From the root window, so menus and popups over the window are in the picture too.
    eval "$(xdotool getwindowgeometry --shell "$window" | sed -n 's/^\(X\|Y\|WIDTH\|HEIGHT\)=/G_\1=/p')"
    import -window root -crop "${G_WIDTH}x${G_HEIGHT}+${G_X}+${G_Y}" +repage "$out/$1.png"
    echo "docs/screenshots/$1.png"
}
# window TITLE: the id of the visible top-level window whose title matches, once it appears.
window() {
    timeout 30 xdotool search --sync --onlyvisible --name "$1" | head -n1 | grep . \
        || { echo "error: no window titled '$1' appeared; see $home/app.log" >&2; exit 1; }
}
click() { xdotool mousemove --window "$main" "$1" "$2" click "${3:-1}"; sleep 0.4; }
keys() { xdotool key --delay 80 "$@"; sleep 0.4; }
# Without a window manager nobody gives the focus back when a dialog closes.
refocus() { sleep 0.5; xdotool windowfocus --sync "$main"; sleep 0.3; }

# Rows of the release list (sorted by schedule, newest first) and of the components table.
release_row() { click 120 $((117 + 18 * $1)); }

# 1. Open a clone: the dashboard of the release waiting for approval.
release_row 0
shot dashboard

# 2. Sign off: the pending component, then Approve (committed to git as the signed-in user).
click 690 330
click 702 279
shot signed-off

# 3. Create a release: Release → New Release… (Ctrl+N), with its preview of the manifest.
keys ctrl+n
dialog=$(window "New Release")
shot new-release "$dialog"
keys Escape
refocus

# 4. Deploy: the approved hotfix, Release → Deploy…; the confirmation, then the run as it goes.
release_row 1
shot ready-to-deploy
keys alt+r d
dialog=$(window "Deploy rel-")
shot deploy "$dialog"
keys Return
sleep 8
shot deploy-running
# The simulated run takes about half a minute; the release then shows as deployed.
sleep 30
shot deployed

# 5. Roll back: the deployed release, Release → Roll Back…, which asks for a reason and the id.
release_row 2
keys alt+r b
dialog=$(window "Roll Back rel-")
xdotool type --delay 30 "Error rate above SLO after the api upgrade"
shot rollback "$dialog"
keys Escape
refocus

# 6. Hotfix: Release → New Hotfix…, a branch from the production tag and its manifest.
keys alt+r h
dialog=$(window "New Hotfix")
xdotool type --delay 30 "fix-login-timeout"
keys alt+c Down
shot hotfix "$dialog"
keys Escape
refocus

# 7. Plan: View → Calendar (Ctrl+Shift+C), a dock beside the dashboard.
keys ctrl+shift+r ctrl+shift+c
shot calendar

# 8. Share: File → Export… (Ctrl+E), the dashboard as Markdown or one HTML page.
keys ctrl+e
dialog=$(window "Export")
shot export "$dialog"
keys Escape
refocus

# 9. Tell Slack: Settings → Slack…, webhooks in the keychain and a test message.
keys alt+s s
dialog=$(window "Slack")
shot slack-settings "$dialog"
keys Escape
refocus

# 10. Help → Keyboard Shortcuts (Ctrl+/), read from the menus, with a filter.
keys ctrl+slash
dialog=$(window "Keyboard Shortcuts")
shot shortcuts "$dialog"
keys Escape
refocus

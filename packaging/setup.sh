#!/usr/bin/env bash
# Installs the Debian 12 packages Release Console needs to build, test and run.
# Idempotent: packages already present are skipped; apt runs as root, or through sudo.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-svg-dev qt6-httpserver-dev qt6-websockets-dev libqt6svg6 qt6-qpa-plugins libgl-dev
  libgit2-dev libyaml-cpp-dev qtkeychain-qt6-dev
  clang libclang-rt-dev
  xvfb xauth x11-apps imagemagick fonts-dejavu-core
  nodejs npm
  # packaging/check-package.sh: icons rendered at build time, the package built and checked.
  librsvg2-bin dpkg-dev lintian desktop-file-utils appstream man-db
)

missing=()
for p in "${packages[@]}"; do
  # The contract test runs Prism on Node.js 18.20 or later; a Node.js from elsewhere (NodeSource
  # bundles npm and conflicts with Debian's npm package) serves as well.
  if { [ "$p" = nodejs ] || [ "$p" = npm ]; } && command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
    continue
  fi
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all packages present"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  run=()
elif command -v sudo >/dev/null 2>&1; then
  run=(sudo)
else
  echo "setup: these packages are missing and neither root nor sudo is available: ${missing[*]}" >&2
  exit 1
fi

echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${run[@]}" apt-get update -qq
"${run[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"

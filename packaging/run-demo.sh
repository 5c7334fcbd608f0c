#!/usr/bin/env bash
# Sets up, builds and starts Release Console on a fresh demo workspace.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$here/packaging/build.sh"
exec "${RC_BUILD_DIR:-$here/build}/bin/release-console" --demo "$@"

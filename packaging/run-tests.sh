#!/usr/bin/env bash
# Sets up, builds and runs every test.
#   --sanitize   build into build-asan/ with AddressSanitizer and UndefinedBehaviorSanitizer
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
extra=()
if [ "${1:-}" = "--sanitize" ]; then
  export RC_BUILD_DIR="${RC_BUILD_DIR:-$here/build-asan}"
  export RC_BUILD_TYPE=Debug
  extra+=(-DRC_SANITIZE=ON)
  export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
  # print_suppressions=0: the CLI tests read the stderr of releasectl, and the report of known
  # suppressed leaks would read as output.
  export LSAN_OPTIONS="suppressions=$here/tests/lsan.supp:print_suppressions=0"
fi
bash "$here/packaging/build.sh" "${extra[@]}"
build="${RC_BUILD_DIR:-$here/build}"
ctest --test-dir "$build" --output-on-failure -j"$(nproc)"

#!/usr/bin/env bash
# Builds a release build into build-bench/ and prints every benchmark's figures.
# Start-up runs on the X display when DISPLAY is set (e.g. under Xvfb), offscreen otherwise.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export RC_BUILD_DIR="$here/build-bench" RC_BUILD_TYPE=Release
bash "$here/packaging/build.sh" -DRC_BUILD_BENCHMARKS=ON >/dev/null
bin="$RC_BUILD_DIR/bin"
echo "== $(date -u +%FT%TZ) on $(nproc) cores, $(uname -r)"
"$bin/bench_startup" "${RC_BENCH_STARTUP_ROUNDS:-15}"
"$bin/bench_load" 1000 10
"$bin/bench_signoff" 500
# the first run generates its 24,000-commit repository into build-bench/bench-data and keeps it
"$bin/bench_changes" "${RC_BENCH_CHANGES_ROUNDS:-15}"
# a five-minute run watched against the fake GitHub, then each fault for 5 s (about 8 minutes)
"$bin/bench_github" --run-seconds "${RC_BENCH_GITHUB_RUN_SECONDS:-300}"

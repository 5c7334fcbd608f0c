#!/usr/bin/env bash
# Builds the libFuzzer target over load-and-edit with clang and runs it for SECONDS (default 60),
# seeded with the broken-manifest corpus and the demo manifests. Fails when the fuzzer finds a crash.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-60}"
bash "$here/packaging/setup.sh"
build="$here/build-fuzz"
CC=clang CXX=clang++ cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRC_FUZZ=ON
cmake --build "$build" --target fuzz_manifest -j"$(nproc)"
corpus="$(mktemp -d)"
trap 'rm -rf "$corpus"' EXIT
cd "$build"
# New inputs go to the scratch corpus (the first folder); the checked-in seeds stay as they are.
"$build/bin/fuzz_manifest" -dict="$here/tests/fuzz/manifest.dict" -max_total_time="$seconds" -max_len=65536 \
    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    "$corpus" "$here/tests/data/broken" "$here/tests/data/manifests" "$here/resources/demo"

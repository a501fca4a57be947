#!/bin/sh
# Audit pack figures for docs/benchmarks.md: the demo database, 1,000 NCs and 100,000 NCs, each
# timed with /usr/bin/time (wall, CPU, peak RSS). Databases are created on the first run and reused.
#
#   cmake --preset release && cmake --build --preset release --target qmsdesk-cli
#   bench/pack-bench.sh [BUILD_DIR] [WORK_DIR]     (defaults: build/release, /tmp/pack-bench)
#
# The 100,000-NC database comes from `qmsdesk-cli bench` (1,000,000 audit entries) and takes a long
# time to create; PACK_BENCH_100K=/path/to/bench.qms reuses an existing one.
set -eu
BUILD=${1:-build/release}
WORK=${2:-/tmp/pack-bench}
CLI=$BUILD/src/cli/qmsdesk-cli
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
mkdir -p "$WORK"

measure() {
    name=$1
    shift
    /usr/bin/time -f "%e s wall, %U s user + %S s sys CPU, peak RSS %M KiB" -o "$WORK/$name.time" \
        "$CLI" "$@" >"$WORK/$name.out"
    echo "== $name: $(cat "$WORK/$name.time")"
    cat "$WORK/$name.out"
}

[ -f "$WORK/demo.qms" ] || "$CLI" --db "$WORK/demo.qms" demo >/dev/null
measure demo --db "$WORK/demo.qms" pack -o "$WORK/demo.pdf" --include-closed

[ -f "$WORK/n1000/bench.qms" ] || "$CLI" bench --ncs 1000 --audit 0 --work "$WORK/n1000" >/dev/null
measure n1000 --db "$WORK/n1000/bench.qms" pack -o "$WORK/n1000.pdf" --include-closed

DB100K=${PACK_BENCH_100K:-$WORK/n100k/bench.qms}
[ -f "$DB100K" ] || "$CLI" bench --ncs 100000 --work "$WORK/n100k" >/dev/null
measure n100k --db "$DB100K" pack -o "$WORK/n100k.pdf" --include-closed

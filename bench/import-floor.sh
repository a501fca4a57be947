#!/bin/sh
# The CSV import ratio of docs/benchmarks.md, and the floor under it.
#
#   cmake --preset release && cmake --build --preset release --target qmsdesk-cli
#   bench/import-floor.sh NC_CSV [BUILD_DIR] [WORK_DIR]   (defaults: build/release, /tmp/import-floor)
#
# NC_CSV is a nonconformity register without process and action links, as `qmsdesk-cli bench
# --keep` leaves it in its work folder (nonconformities.csv). Three timed runs:
#   1. qmsdesk-cli import into a fresh file: validation, record rows, clause links, one hash-chained
#      audit entry per record (its JSON snapshot), the full-text index, one transaction;
#   2. the benchmark's reference: sqlite3 .import --csv into a plain table;
#   3. the floor: the rows that run 1 wrote (records, links, audit entries, search entries) copied
#      by the sqlite3 shell with INSERT ... SELECT into a fresh file with QMS Desk's schema, WAL and
#      synchronous = FULL. No parsing, no validation, no hashing: what SQLite itself needs for the
#      writes an import has to make.
set -eu
CSV=$1
BUILD=${2:-build/release}
WORK=${3:-/tmp/import-floor}
CLI=$BUILD/src/cli/qmsdesk-cli
mkdir -p "$WORK"
rm -f "$WORK"/ours.qms* "$WORK"/plain.sqlite* "$WORK"/floor.qms* "$WORK"/*.time

TIME="%e %U %S"
"$CLI" --db "$WORK/ours.qms" init --org "Import floor" --admin qm >/dev/null
/usr/bin/time -f "$TIME" -o "$WORK/ours.time" "$CLI" --db "$WORK/ours.qms" import nonconformities "$CSV" >/dev/null
/usr/bin/time -f "$TIME" -o "$WORK/plain.time" sqlite3 "$WORK/plain.sqlite" ".import --csv $CSV nc"

# The floor file: QMS Desk's schema without the rows of `init`.
sqlite3 "$WORK/ours.qms" .schema | grep -v "^CREATE TABLE IF NOT EXISTS 'search_index_" |
    grep -v "^CREATE TABLE sqlite_" >"$WORK/schema.sql"
sqlite3 "$WORK/floor.qms" "PRAGMA journal_mode = WAL;" >/dev/null
sqlite3 "$WORK/floor.qms" <"$WORK/schema.sql"
cat >"$WORK/floor.sql" <<SQL
PRAGMA synchronous = FULL;
ATTACH '$WORK/ours.qms' AS src;
BEGIN;
INSERT INTO nonconformities SELECT * FROM src.nonconformities;
INSERT INTO record_links SELECT * FROM src.record_links;
INSERT INTO audit_log SELECT * FROM src.audit_log;
INSERT INTO search_index(rowid, record_id, kind, title, body)
    SELECT rowid, record_id, kind, title, body FROM src.search_index;
COMMIT;
SQL
/usr/bin/time -f "$TIME" -o "$WORK/floor.time" sqlite3 "$WORK/floor.qms" <"$WORK/floor.sql"

rows=$(sqlite3 "$WORK/ours.qms" "SELECT count(*) FROM nonconformities")
report() { # name file
    read -r wall user sys <"$2"
    echo "$1: ${wall} s wall, ${user} s user + ${sys} s sys"
}
echo "rows imported: $rows ($(du -h "$CSV" | cut -f1) CSV)"
report "QMS Desk import      " "$WORK/ours.time"
report "sqlite3 .import      " "$WORK/plain.time"
report "floor (SQLite writes)" "$WORK/floor.time"
read -r ours _ <"$WORK/ours.time"
read -r plain _ <"$WORK/plain.time"
read -r floor _ <"$WORK/floor.time"
echo "$ours $plain $floor" | awk '{ printf "ratio QMS Desk / sqlite3 .import: %.1fx wall (target <= 3x)\nratio floor / sqlite3 .import:    %.1fx wall\n", $1 / $2, $3 / $2 }'

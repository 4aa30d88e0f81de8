#!/usr/bin/env bash
# Dossier import benchmark, measured the way users run it: the whole `parplan dossiers import FILE` process (start,
# import and the indicator computation that follows it), timed with /usr/bin/time -v (wall clock, peak memory), against
# the sqlite3 shell's `.import` and psql's `\copy` of the same file into a plain table, in the same run.
#
#   scripts/bench-dossiers.sh [COUNT] [RUNS]     COUNT dossiers a year (default 1000000), RUNS (default 3)
#
# The parplan binary is published once with ReadyToRun (precompiled code: a fresh process starts without compiling
# the EF Core and ASP.NET Core code it runs), as the README tells users to install it for command-line imports.
# Files (generated once by `parplan demo dossiers`): A = COUNT dossiers of 2024, B = COUNT dossiers of 2025, M = the
# dossiers of January 2026 (an export taken on 31/01/2026; about 85,000 for a million a year). Each run, on each engine:
#   empty   A into a store holding the demo province and no dossier
#   second  B into the store holding A
#   month   M into the store holding A and B
# Each import prints its split (process start, opening the store, import, computation) and, in the first run, every
# step (`--Dossiers:Timings=true`).
# The board as officers see it: on each engine the web app (`parplan serve`, the same binary and store settings) runs on
# the store for the whole run, started after `bench store` and ready before the first import, while the imports run
# from the command line into the same store. After each import `parplan bench served-board` signs in as the province's
# standing officer (made by `bench store`) and times the board page (/chi-so, the whole HTML) and its API
# (/api/indicators): the first request after the import, and the median of the six that follow. The first import's
# first request is also the server's first board page. An extra column, "fresh", is `parplan bench board`: a NEW
# process that opens the store and calls the board's queries (first call, median of six), which no officer sees.
# BENCH_HTTPPORT (default 55498) is the web app's port; BENCH_SERVE_ARGS adds settings to it (e.g.
# "--Indicators:WarmUp=false" to measure without the board's warm-up at start).
# PostgreSQL: uses the server psql's variables name (PGHOST, PGPORT, PGUSER) when PGHOST is set; otherwise starts a
# throwaway server from the installed PostgreSQL binaries; skipped, with a message, when there are none.
# Needs only the dotnet SDK, sqlite3 and (for PostgreSQL) psql and the server binaries; /usr/bin/time when present
# (otherwise the wall clock alone, without peak memory). The HTTP requests are made by parplan itself.
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${1:-1000000}
RUNS=${2:-3}
MONTH_COUNT=$((COUNT * 1075 / 1000)) # January weighs about 7.9 % of a year's dossiers

command -v sqlite3 >/dev/null || { echo "Cần sqlite3 (apt-get install sqlite3)." >&2; exit 2; }
WORK=$(mktemp -d "${TMPDIR:-/tmp}/parplan-bench.XXXXXX")
# The binary users run for imports (README, "Nhập hồ sơ từ dòng lệnh"): published once, precompiled (ReadyToRun).
# Self-contained and composite: the runtime's code is compiled with ParPlan's, so the framework's generic code over
# ParPlan's types is precompiled too (several minutes, once). The precompiled files of an earlier publish made the
# other way would be reused as they are: they go first.
rm -rf src/ParPlan/obj/Release/net10.0/*/R2R
dotnet publish src/ParPlan -c Release --use-current-runtime --self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true -o "$WORK/app" -v q -nologo >/dev/null
APP=("$WORK/app/ParPlan")
PG_STARTED=""
SERVE_PID=""
HTTP_PORT=${BENCH_HTTPPORT:-55498}
read -r -a SERVE_EXTRA <<<"${BENCH_SERVE_ARGS:-}"
cleanup() {
  if [ -n "$SERVE_PID" ]; then kill "$SERVE_PID" 2>/dev/null || true; wait "$SERVE_PID" 2>/dev/null || true; fi
  if [ -n "$PG_STARTED" ]; then
    "${PG_AS[@]}" "$PGBIN/pg_ctl" -D "$PG_STARTED" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$PG_STARTED"
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# --- PostgreSQL: given, started here, or none ---------------------------------------------------------------------
PG=""
if [ -n "${PGHOST:-}" ] && command -v psql >/dev/null; then
  PG="given"
elif command -v psql >/dev/null && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  export PGHOST=127.0.0.1 PGPORT=${BENCH_PGPORT:-55499} PGUSER=postgres
  PG_STARTED=$(mktemp -d "${TMPDIR:-/tmp}/parplan-bench-pg.XXXXXX")
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$PG_STARTED"; PG_AS=(runuser -u postgres --); else PG_AS=(); fi
  "${PG_AS[@]}" "$PGBIN/initdb" -D "$PG_STARTED" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  "${PG_AS[@]}" "$PGBIN/pg_ctl" -D "$PG_STARTED" -l "$PG_STARTED/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PG_STARTED -c fsync=off" start >/dev/null
  PG="started"
else
  echo "PostgreSQL: không có psql/máy chủ PostgreSQL (không đặt PGHOST, không có /usr/lib/postgresql/*/bin) — bỏ qua phần PostgreSQL."
fi
pg_conn() { echo "Host=${PGHOST};Port=${PGPORT:-5432};Username=${PGUSER:-postgres}${PGPASSWORD:+;Password=$PGPASSWORD};Database=$1"; }

# --- Timing ---------------------------------------------------------------------------------------------------------
# timed NAME CMD...: runs CMD, sets SECS and PEAK_MB (empty without /usr/bin/time), keeps its output in $WORK/NAME.out
timed() {
  local name=$1; shift
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -v -o "$WORK/$name.time" "$@" >"$WORK/$name.out" 2>&1 || { cat "$WORK/$name.out" >&2; return 1; }
    SECS=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$WORK/$name.time")
    PEAK_MB=$(awk -F': ' '/Maximum resident set size/ { printf "%d", $2 / 1024 }' "$WORK/$name.time")
  else
    local t0 t1; t0=$(date +%s.%N)
    "$@" >"$WORK/$name.out" 2>&1 || { cat "$WORK/$name.out" >&2; return 1; }
    t1=$(date +%s.%N); SECS=$(echo "$t1 - $t0" | bc -l | xargs printf "%.2f"); PEAK_MB=""
  fi
}
# --- The web app on the store --------------------------------------------------------------------------------------
# start_server NAME ARGS...: `parplan serve` on the store (ARGS: --data and the store settings), ready when it returns
start_server() {
  local name=$1; shift
  "${APP[@]}" serve "$@" --urls "http://127.0.0.1:$HTTP_PORT" "${SERVE_EXTRA[@]}" >"$WORK/serve-$name.log" 2>&1 &
  SERVE_PID=$!
  "${APP[@]}" bench served-board --ready --url "http://127.0.0.1:$HTTP_PORT" || { tail -20 "$WORK/serve-$name.log" >&2; return 1; }
  sleep 3 # an officer's server has been running for a while: its start and the board's warm-up are over
}
stop_server() {
  if [ -n "$SERVE_PID" ]; then kill "$SERVE_PID" 2>/dev/null || true; wait "$SERVE_PID" 2>/dev/null || true; SERVE_PID=""; fi
}
# board YEAR ARGS...: "page first / median  api first / median  fresh first / median" after an import
board() {
  local year=$1; shift
  local served fresh
  served=$("${APP[@]}" bench served-board --url "http://127.0.0.1:$HTTP_PORT" --year "$year")
  fresh=$("${APP[@]}" bench board --year "$year" "$@")
  echo "$served $fresh" | sed 's/page_first_ms=\([0-9]*\) page_median_ms=\([0-9]*\) api_first_ms=\([0-9]*\) api_median_ms=\([0-9]*\) board_first_ms=\([0-9]*\) board_median_ms=\([0-9]*\)/\1 \/ \2|\3 \/ \4|\5 \/ \6/' |
    awk -F'|' '{ printf "%12s %12s %12s", $1, $2, $3 }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

# --- Files ----------------------------------------------------------------------------------------------------------
echo "Tạo tệp: $COUNT hồ sơ năm 2024 (A), $COUNT hồ sơ năm 2025 (B), tháng 01/2026 (M) ..."
"${APP[@]}" demo dossiers --count "$COUNT" --year 2024 --out "$WORK/A.csv" >/dev/null
"${APP[@]}" demo dossiers --count "$COUNT" --year 2025 --out "$WORK/B.csv" >/dev/null
"${APP[@]}" demo dossiers --count "$MONTH_COUNT" --year 2026 --until 31/01/2026 --out "$WORK/M.csv" >/dev/null
for f in A B M; do echo "  $f: $(($(wc -l <"$WORK/$f.csv") - 1)) hồ sơ, $(($(stat -c %s "$WORK/$f.csv") / 1048576)) MB"; done
COLUMNS_SQL=$(head -1 "$WORK/A.csv" | tr -d '\r\357\273\277' | sed 's/,/ text, /g; s/$/ text/')

RESULTS="$WORK/results.txt"
ROW="%-4s %-10s %-7s %9s %8s %10s %7s %s\n"
printf "$ROW" run engine case "import s" "peak MB" "bulk s" ratio "$(printf "%12s %12s %12s" "page ms" "api ms" "fresh ms")" >"$RESULTS"
declare -A YEAR=([A]=2024 [B]=2025 [M]=2026) CASE=([A]=empty [B]=second [M]=month)

for run in $(seq 1 "$RUNS"); do
  echo; echo "=== Lần chạy $run/$RUNS — tải máy: $(uptime)"

  # SQLite
  store="$WORK/sqlite-$run"
  "${APP[@]}" bench store --data "$store" >/dev/null
  start_server "sqlite-$run" --data "$store"
  for f in A B M; do
    timed "sqlite-$run-$f" "${APP[@]}" dossiers import "$WORK/$f.csv" --source bench --data "$store" --Dossiers:Timings=true
    import_s=$SECS peak=$PEAK_MB
    rm -f "$WORK/plain.db"
    timed "sqlite3-$run-$f" sqlite3 "$WORK/plain.db" -cmd ".mode csv" ".import $WORK/$f.csv hoso"
    bulk_s=$SECS
    printf "$ROW" "$run" sqlite "${CASE[$f]}" "$import_s" "${peak:-?}" "$bulk_s" "$(ratio "$import_s" "$bulk_s")" \
      "$(board "${YEAR[$f]}" --data "$store")" | tee -a "$RESULTS"
    grep -h "Đã tính lại\|Thời gian" "$WORK/sqlite-$run-$f.out" | sed 's/^/       /' || true
    if [ "$run" = 1 ]; then sed -n '/^Từng bước/,/^[^ ]/p' "$WORK/sqlite-$run-$f.out" | grep '^ ' | sed 's/^/     /' || true; fi
  done
  stop_server
  rm -rf "$store"

  # PostgreSQL
  if [ -n "$PG" ]; then
    db="parplan_bench_$run"
    psql -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "DROP DATABASE IF EXISTS parplan_bench_plain" -c "CREATE DATABASE parplan_bench_plain" >/dev/null
    pgargs=(--Database:Provider=Postgres "--ConnectionStrings:Postgres=$(pg_conn "$db")")
    "${APP[@]}" bench store --data "$WORK/pgdata-$run" "${pgargs[@]}" >/dev/null
    start_server "pg-$run" --data "$WORK/pgdata-$run" "${pgargs[@]}"
    for f in A B M; do
      timed "pg-$run-$f" "${APP[@]}" dossiers import "$WORK/$f.csv" --source bench --data "$WORK/pgdata-$run" "${pgargs[@]}" --Dossiers:Timings=true
      import_s=$SECS peak=$PEAK_MB
      psql -q -d parplan_bench_plain -c "DROP TABLE IF EXISTS hoso" -c "CREATE TABLE hoso ($COLUMNS_SQL)" >/dev/null
      timed "psql-$run-$f" psql -q -d parplan_bench_plain -c "\\copy hoso FROM '$WORK/$f.csv' WITH (FORMAT csv, HEADER true)"
      bulk_s=$SECS
      printf "$ROW" "$run" postgres "${CASE[$f]}" "$import_s" "${peak:-?}" "$bulk_s" "$(ratio "$import_s" "$bulk_s")" \
        "$(board "${YEAR[$f]}" --data "$WORK/pgdata-$run" "${pgargs[@]}")" | tee -a "$RESULTS"
      grep -h "Đã tính lại\|Thời gian" "$WORK/pg-$run-$f.out" | sed 's/^/       /' || true
      if [ "$run" = 1 ]; then sed -n '/^Từng bước/,/^[^ ]/p' "$WORK/pg-$run-$f.out" | grep '^ ' | sed 's/^/     /' || true; fi
    done
    stop_server
    psql -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "DROP DATABASE IF EXISTS parplan_bench_plain" >/dev/null
    rm -rf "$WORK/pgdata-$run"
  fi
done

echo; echo "Kết quả (import s: cả tiến trình parplan dossiers import; bulk s: sqlite3 .import / psql \\copy của cùng tệp vào bảng trơn;"
echo "ratio = import / bulk; bảng chỉ số của tỉnh sau lần nhập, do ứng dụng web đang chạy (parplan serve) trả lời: page ms = trang /chi-so,"
echo "api ms = /api/indicators, mỗi cột: yêu cầu đầu tiên sau lần nhập / trung vị của sáu yêu cầu sau đó;"
echo "fresh ms = một tiến trình MỚI (parplan bench board) gọi các truy vấn của bảng, lần đầu / trung vị, người dùng không gặp trường hợp này):"
cat "$RESULTS"
echo "Mục tiêu: SQLite empty ≤ 1,2×, second ≤ 1,5×, month ≤ 2×, đỉnh bộ nhớ ≤ 300 MB; PostgreSQL empty ≤ 1,5×; bảng chỉ số (page, api) ≤ 200 ms."
echo "Tải máy lúc kết thúc: $(uptime)"

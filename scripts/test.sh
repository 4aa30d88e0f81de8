#!/usr/bin/env bash
# Runs every ParPlan test on this machine: installs what is missing (PostgreSQL, Chromium, fonts,
# LibreOffice), starts a throwaway PostgreSQL server on 127.0.0.1, runs the whole solution's tests,
# and ends with a plain "N passed, N failed" line. Exit code 0 only when nothing failed.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium chromium-driver)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
fc-list 2>/dev/null | grep -qi "Liberation Serif" || need+=(fonts-liberation2)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
command -v sqlite3 >/dev/null 2>&1 || need+=(sqlite3)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing: ${need[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# A real PostgreSQL server for the data tests (no systemd, no Docker).
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
export PGPORT=${PARPLAN_TEST_PGPORT:-55432}
PGDATA=$(mktemp -d /tmp/parplan-pg.XXXXXX)
chown postgres:postgres "$PGDATA"
runuser -u postgres -- "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGDATA -c fsync=off" start >/dev/null
cleanup() {
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PGDATA"
}
trap cleanup EXIT
export ConnectionStrings__Postgres="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=parplan_test"
export PARPLAN_REQUIRE_POSTGRES=1

log=$(mktemp /tmp/parplan-test.XXXXXX.log)
set +e
dotnet test ParPlan.slnx -c Release "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# dotnet test prints one summary per test assembly: "Passed!  - Failed: 0, Passed: 7, ...".
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]

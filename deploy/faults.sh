#!/usr/bin/env bash
# Fault drills (docs/faults.md): kill -9 of PostgreSQL, kill -9 of one of two API nodes, SIGTERM of the API, a poison event.
# Builds Release, starts its own PostgreSQL (fsync on, loopback, a port below 32768), runs the drills against the API as
# its own process, and stops everything it started, also on failure. Exits non-zero on any loss, double or missed bound.
# Optional argument: postgres, node, sigterm, poison or all (the default).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
. "$repo/deploy/pg.sh"
nuget_drop_stand_in

tmp=$(mktemp -d /tmp/cd-faults.XXXXXX)
chmod 755 "$tmp"
data="$tmp/pg"
# Below the kernel's ephemeral ports (32768 and up): a reconnect storm against a killed server on an ephemeral port can
# take the port itself, and the server then cannot listen on it again.
pgport=$(pg_free_port 15700)
cleanup() {
  local code=$?
  # Any API process a drill left behind (the drill program kills its own; it writes their ids here as a backstop).
  local pid
  for pid in $(cat "$tmp/api.pids" 2>/dev/null); do kill -KILL "$pid" 2>/dev/null || true; done
  pg_stop "$data"
  rm -rf "$tmp"
  exit $code
}
trap cleanup EXIT
pg_start "$data" "$pgport" shared_buffers=256MB fsync=on synchronous_commit=on
pg_create_db "$pgport" cd_faults
connection="Host=127.0.0.1;Port=$pgport;Database=cd_faults;Username=postgres"

cd "$repo"
# Building the drills builds the API into src/Api/bin/Release, which the drills start as its own process.
dotnet build -c Release tests/Faults -v quiet -nologo
api="$repo/src/Api/bin/Release/net10.0/CollectiveDismissal.Api.dll"
# The schema first, as an operator applies it before starting nodes (docs/operations.md).
ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Marten="$connection" dotnet "$api" db-apply >"$tmp/db-apply.log" 2>&1 \
  || { echo "db-apply failed:"; tail -n 20 "$tmp/db-apply.log"; exit 1; }
set +e
pg_as=""; [ "$(id -u)" = 0 ] && pg_as=$(pg_user)
FAULTS_PID_FILE="$tmp/api.pids" FAULTS_PG_USER="$pg_as" dotnet tests/Faults/bin/Release/net10.0/Faults.dll "$connection" "$api" "$(pg_bindir)" "$data" "$@" 2>"$tmp/api.log"
code=$?
set -e
if [ $code -ne 0 ]; then echo "The API's last log lines:"; tail -n 30 "$tmp/api.log"; fi
exit $code

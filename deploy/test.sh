#!/usr/bin/env bash
# Runs every test. Integration tests need PostgreSQL: TEST_POSTGRES_CONNECTION if set, else
# Testcontainers when a Docker engine answers, else a private throw-away cluster started here.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
. "$repo/deploy/pg.sh"
nuget_drop_stand_in

# The report page's browser test drives Debian's Chromium (never a downloaded one): install it where it is missing.
chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then
  echo "No Chromium at $chromium: installing Debian's chromium package"
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends chromium
  [ -x "$chromium" ] || { echo "Chromium is still missing at $chromium (set CHROMIUM_PATH to its executable)" >&2; exit 1; }
fi

if [ -z "${TEST_POSTGRES_CONNECTION:-}" ] && ! (command -v docker >/dev/null && docker info >/dev/null 2>&1); then
  data=$(mktemp -d /tmp/cd-test-pg.XXXXXX)
  chmod 755 "$data"
  data="$data/pg"
  pgport=$(pg_free_port 15433)
  # fsync off: a throw-away cluster; durability is not what these tests measure.
  # log_parameter_max_length_on_error: a failing statement's parameters in the server log, which the hostile-input
  # test searches for personal data (errors and their statements are logged by default).
  pg_start "$data" "$pgport" fsync=off synchronous_commit=off full_page_writes=off log_parameter_max_length_on_error=-1
  trap 'pg_stop "$data"; rm -rf "$(dirname "$data")"' EXIT
  pg_create_db "$pgport" cd_tests
  export TEST_POSTGRES_CONNECTION="Host=127.0.0.1;Port=$pgport;Database=cd_tests;Username=postgres"
  export TEST_POSTGRES_LOG="$data/server.log"
  echo "Private PostgreSQL for the tests on port $pgport"
fi

cd "$repo"
log=$(mktemp /tmp/cd-test-log.XXXXXX)
status=0
dotnet test CollectiveDismissal.sln --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log" || status=$?
# One closing line for the whole run, summed over the test projects.
awk '/^Total tests:/ { t += $3 } /^ +Passed: [0-9]+$/ { p += $2 } /^ +Failed: [0-9]+$/ { f += $2 } /^ +Skipped: [0-9]+$/ { s += $2 }
     END { printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit $status

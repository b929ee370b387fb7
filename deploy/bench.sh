#!/usr/bin/env bash
# Runs the benchmarks in Release against a private PostgreSQL (fsync on, as in production) and prints their figures.
# Not part of the test command. Optional arguments: suite (foundation, participants, participants-import, report, board, rebuild, inbound, deliveries, failover, startup or all), seconds per round, rounds.
# The soak takes its own: ./deploy/bench.sh soak [minutes, default 10] [seconds per saturated probe, default 20] [calls per second, default half the measured maximum]; exit code 1 when a goal is missed.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
. "$repo/deploy/pg.sh"
nuget_drop_stand_in

data=$(mktemp -d /tmp/cd-bench-pg.XXXXXX)
chmod 755 "$data"
data="$data/pg"
pgport=$(pg_free_port 15460)
pg_start "$data" "$pgport" shared_buffers=512MB
trap 'pg_stop "$data"; rm -rf "$(dirname "$data")"' EXIT
pg_create_db "$pgport" cd_bench

cd "$repo"
# Building the benchmarks builds the API into src/Api/bin/Release, which the benchmark starts as its own process.
dotnet build -c Release tests/Benchmarks -v quiet -nologo
dotnet run -c Release --no-build --project tests/Benchmarks -- \
  "Host=127.0.0.1;Port=$pgport;Database=cd_bench;Username=postgres" \
  "$repo/src/Api/bin/Release/net10.0/CollectiveDismissal.Api.dll" "$@"

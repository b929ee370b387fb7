#!/usr/bin/env bash
# Serves the API with Swagger UI on http://localhost:5080 (override with PORT).
# Without ConnectionStrings__Marten it starts a private PostgreSQL cluster under .data/ (port 15432).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
. "$repo/deploy/pg.sh"
nuget_drop_stand_in
port=${PORT:-5080}

stop_cluster=""
if [ -z "${ConnectionStrings__Marten:-}" ]; then
  mkdir -p "$repo/.data" && chmod 755 "$repo/.data"
  data="$repo/.data/pg"
  if ! pg_can_use_dir "$data"; then data="/var/tmp/collective-dismissal/$(echo "$repo" | md5sum | cut -c1-12)/pg"; fi
  mkdir -p "$(dirname "$data")"; chmod 755 "$(dirname "$data")"
  pgport=${PG_PORT:-15432}
  if [ -f "$data/postmaster.pid" ] && "$(pg_bindir)/pg_isready" -h 127.0.0.1 -p "$pgport" -q; then
    echo "Using the PostgreSQL cluster already running on port $pgport ($data)"
  else
    pg_port_free "$pgport" || pgport=$(pg_free_port $((pgport + 1)))
    pg_start "$data" "$pgport"
    stop_cluster=$data
    echo "PostgreSQL cluster $data on port $pgport"
  fi
  pg_create_db "$pgport" collective_dismissal
  export ConnectionStrings__Marten="Host=127.0.0.1;Port=$pgport;Database=collective_dismissal;Username=postgres"
fi

export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
# dotnet user-jwts keeps its signing key in the project's user secrets, which the API reads once, at start: make the key
# now, so that a token created while the API runs is accepted.
if [ "$ASPNETCORE_ENVIRONMENT" = Development ] \
   && ! dotnet user-secrets list --project "$repo/src/Api" 2>/dev/null | grep -q "Bearer:SigningKeys"; then
  dotnet user-jwts key --reset --force --project "$repo/src/Api" >/dev/null
  echo "Created the signing key for dotnet user-jwts tokens"
fi
# Outside Development the API creates no table and refuses a schema it does not match (ADR 17): apply it first.
if [ "$ASPNETCORE_ENVIRONMENT" != Development ]; then
  echo "Applying the schema (db-apply)..."
  dotnet run --project "$repo/src/Api" -- db-apply | tail -n 1
fi
echo "Building and starting the API on port $port..."
# The API runs as a child that this script waits for, so Ctrl+C or SIGTERM stops the API and then the cluster.
dotnet run --project "$repo/src/Api" -- --urls "http://localhost:$port" &
api=$!
trap 'kill -TERM "$api" 2>/dev/null' INT TERM
# Ready when the OpenAPI document answers (the store, Wolverine and the routes are up by then).
while kill -0 "$api" 2>/dev/null; do
  if if command -v curl >/dev/null; then curl -sf -o /dev/null "http://localhost:$port/swagger/v1/swagger.json"
     else (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; fi; then
    echo "Ready: http://localhost:$port (Swagger UI: http://localhost:$port/swagger). Ctrl+C stops the API and its PostgreSQL."
    break
  fi
  sleep 1
done
status=0
wait "$api" || status=$?
wait "$api" 2>/dev/null || true
[ -n "$stop_cluster" ] && pg_stop "$stop_cluster"
exit "$status"

#!/usr/bin/env bash
# Checks what the container image would run, on a machine without a Docker engine: `dotnet publish -c Release` as in
# deploy/Dockerfile, then the published app started from its folder in Production against a throw-away PostgreSQL.
# Passes when the OpenAPI document answers and an API route without a token answers 401; exits non-zero otherwise.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
. "$repo/deploy/pg.sh"
nuget_drop_stand_in

work=$(mktemp -d /tmp/cd-publish-check.XXXXXX)
chmod 755 "$work"
data="$work/pg"
api=""
cleanup() {
  [ -n "$api" ] && kill -TERM "$api" 2>/dev/null && wait "$api" 2>/dev/null
  pg_stop "$data"
  rm -rf "$work"
}
trap cleanup EXIT

echo "Publishing src/Api (Release) to $work/publish..."
dotnet publish "$repo/src/Api" -c Release -o "$work/publish" >"$work/publish.log" 2>&1 \
  || { tail -n 30 "$work/publish.log" >&2; echo "FAILED: dotnet publish" >&2; exit 1; }

pgport=$(pg_free_port 15490)
pg_start "$data" "$pgport" fsync=off
pg_create_db "$pgport" cd_publish_check
echo "Throw-away PostgreSQL on port $pgport"

port=$(pg_free_port 5099)
# As in the image: Production, started with `dotnet <dll>` from the publish folder, configured by environment only.
(cd "$work/publish" && ASPNETCORE_ENVIRONMENT=Production \
  ConnectionStrings__Marten="Host=127.0.0.1;Port=$pgport;Database=cd_publish_check;Username=postgres" \
  exec dotnet CollectiveDismissal.Api.dll --urls "http://127.0.0.1:$port") >"$work/api.log" 2>&1 &
api=$!

fail() { echo "FAILED: $1; the API's log:" >&2; tail -n 30 "$work/api.log" >&2; exit 1; }
for _ in $(seq 1 60); do
  kill -0 "$api" 2>/dev/null || fail "the published API stopped"
  curl -sf -o "$work/swagger.json" "http://127.0.0.1:$port/swagger/v1/swagger.json" && break
  sleep 1
done
grep -q '"openapi"' "$work/swagger.json" 2>/dev/null || fail "no OpenAPI document on /swagger/v1/swagger.json within 60 s"
status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/deadlines")
[ "$status" = 401 ] || fail "GET /api/deadlines without a token answered $status, not 401"
echo "Published app OK: /swagger/v1/swagger.json answered, GET /api/deadlines without a token answered 401 (port $port)"

#!/usr/bin/env bash
# Checks what the container image would run, on a machine without a Docker engine: `dotnet publish -c Release` as in
# deploy/Dockerfile, then the published app started from its folder in Production against a throw-away PostgreSQL.
# Production mode (ADR 17): the publish holds no Roslyn; the app refuses to start on an empty database, naming db-apply;
# `db-apply` applies the schema; then the app starts and has mapped no Roslyn assembly. Passes when, after that, the
# OpenAPI document answers and an API route without a token answers 401; exits non-zero otherwise.
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

# The image builds what .dockerignore lets through: the pre-generated handler code must be part of it.
! grep -v '^#' "$repo/.dockerignore" | grep -q 'Internal' \
  || { echo "FAILED: .dockerignore keeps src/Api/Internal/Generated out of the image build" >&2; exit 1; }
echo "Publishing src/Api (Release) to $work/publish..."
dotnet publish "$repo/src/Api" -c Release -o "$work/publish" >"$work/publish.log" 2>&1 \
  || { tail -n 30 "$work/publish.log" >&2; echo "FAILED: dotnet publish" >&2; exit 1; }

roslyn=$(find "$work/publish" -name 'Microsoft.CodeAnalysis*.dll' | wc -l)
[ "$roslyn" = 0 ] || { echo "FAILED: the publish holds $roslyn Roslyn (Microsoft.CodeAnalysis) files" >&2; exit 1; }
echo "Published: $(du -sh "$work/publish" | cut -f1), no Roslyn"

pgport=$(pg_free_port 15490)
pg_start "$data" "$pgport" fsync=off
pg_create_db "$pgport" cd_publish_check
echo "Throw-away PostgreSQL on port $pgport"

port=$(pg_free_port 5099)
# As in the image: Production, started with `dotnet <dll>` from the publish folder, configured by environment only.
export ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" \
  ConnectionStrings__Marten="Host=127.0.0.1;Port=$pgport;Database=cd_publish_check;Username=postgres"
fail() { echo "FAILED: $1; the API's log:" >&2; tail -n 30 "$work/api.log" >&2; exit 1; }

# On the empty database the node must refuse (a non-zero exit naming db-apply), not create tables.
if (cd "$work/publish" && timeout 60 dotnet CollectiveDismissal.Api.dll) >"$work/api.log" 2>&1; then
  fail "the app started on an empty database"
fi
grep -q "db-apply" "$work/api.log" || fail "the refusal on an empty database does not name db-apply"
echo "On an empty database the app refused to start, naming db-apply"
(cd "$work/publish" && timeout 120 dotnet CollectiveDismissal.Api.dll db-apply) >"$work/apply.log" 2>&1 \
  || { tail -n 30 "$work/apply.log" >&2; echo "FAILED: db-apply" >&2; exit 1; }
tail -n 1 "$work/apply.log"

(cd "$work/publish" && exec dotnet CollectiveDismissal.Api.dll) >"$work/api.log" 2>&1 &
api=$!
for _ in $(seq 1 60); do
  kill -0 "$api" 2>/dev/null || fail "the published API stopped"
  curl -sf -o "$work/swagger.json" "http://127.0.0.1:$port/swagger/v1/swagger.json" && break
  sleep 1
done
grep -q '"openapi"' "$work/swagger.json" 2>/dev/null || fail "no OpenAPI document on /swagger/v1/swagger.json within 60 s"
status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/deadlines")
[ "$status" = 401 ] || fail "GET /api/deadlines without a token answered $status, not 401"
! grep -q 'Microsoft\.CodeAnalysis' "/proc/$api/maps" || fail "the running app mapped a Roslyn assembly"
echo "Published app OK: /swagger/v1/swagger.json answered, GET /api/deadlines without a token answered 401 (port $port)"

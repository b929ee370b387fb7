# Shared helpers of run.sh, test.sh, bench.sh and faults.sh: a private PostgreSQL cluster, started as a non-root user, and NuGet cache hygiene.
# Sourced by run.sh, test.sh, bench.sh and faults.sh; nothing here is specific to one of them.

pg_bindir() {
  local dir
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
    pg_config --bindir; return
  fi
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$dir" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "PostgreSQL server binaries not found: installing Debian's postgresql package" >&2
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  fi
  [ -n "$dir" ] || { echo "PostgreSQL server binaries not found (install the postgresql package)" >&2; return 1; }
  echo "$dir"
}

# PostgreSQL refuses to run as root: when we are root, the cluster belongs to a system user.
pg_user() {
  if [ "$(id -u)" != 0 ]; then id -un; return; fi
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
  echo postgres
}

as_pg_user() {
  if [ "$(id -u)" = 0 ]; then runuser -u "$(pg_user)" -- "$@"; else "$@"; fi
}

# Is DIR (and every folder above it) reachable by the cluster's user?
pg_can_use_dir() {
  as_pg_user test -x "$(dirname "$1")" 2>/dev/null
}

# pg_start DATADIR PORT [extra postgres -c settings...]
pg_start() {
  local data=$1 port=$2; shift 2
  local bin; bin=$(pg_bindir) || return 1
  mkdir -p "$data"
  [ "$(id -u)" = 0 ] && chown "$(pg_user)" "$data" && chmod 700 "$data"
  if [ ! -f "$data/PG_VERSION" ]; then
    as_pg_user "$bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null || return 1
  fi
  local opts="-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c max_connections=200"
  local setting
  for setting in "$@"; do opts="$opts -c $setting"; done
  as_pg_user "$bin/pg_ctl" -D "$data" -o "$opts" -l "$data/server.log" -w -t 60 start >/dev/null || {
    echo "PostgreSQL did not start; its log:" >&2; tail -n 20 "$data/server.log" >&2; return 1; }
  local i
  for i in $(seq 1 50); do
    "$bin/pg_isready" -h 127.0.0.1 -p "$port" -q && return 0
    sleep 0.2
  done
  echo "PostgreSQL on port $port is not ready" >&2; return 1
}

pg_stop() {
  local bin; bin=$(pg_bindir) || return 0
  [ -f "$1/postmaster.pid" ] && as_pg_user "$bin/pg_ctl" -D "$1" -m fast -w stop >/dev/null 2>&1
  return 0
}

pg_port_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# First free port at or above $1 (all below 32768, outside the kernel's ephemeral range).
pg_free_port() {
  local port=$1
  while [ "$port" -lt 32768 ]; do
    pg_port_free "$port" && { echo "$port"; return 0; }
    port=$((port + 1))
  done
  return 1
}

pg_create_db() {
  local bin; bin=$(pg_bindir) || return 1
  "$bin/psql" -h 127.0.0.1 -p "$1" -U postgres -d postgres -tAq \
    -c "select 1 from pg_database where datname = '$2'" | grep -q 1 \
  || "$bin/psql" -h 127.0.0.1 -p "$1" -U postgres -d postgres -q -c "create database \"$2\"" >/dev/null
}

# Checkouts before the registry served Patched.DistributedLock.Core restored a stand-in without assemblies into the
# NuGet cache; Marten's HotCold lock cannot load from it. Drop it so the real package is restored.
nuget_drop_stand_in() {
  local cached="${NUGET_PACKAGES:-$HOME/.nuget/packages}/patched.distributedlock.core/1.0.11"
  if [ -d "$cached" ] && [ ! -d "$cached/lib" ]; then rm -rf "$cached"; echo "Removed a stand-in Patched.DistributedLock.Core from the NuGet cache"; fi
  # A restore made with the stand-in names DistributedLock.Core 1.0.9 (which lacks the types the Postgres lock needs) and
  # is not redone by itself: drop it, so the next build restores the real package.
  local repo_root; repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
  local stale
  for stale in $(grep -l '"DistributedLock.Core": "1.0.9"' "$repo_root"/src/*/obj/project.assets.json "$repo_root"/tests/*/obj/project.assets.json 2>/dev/null); do
    rm -f "$stale" "$(dirname "$stale")/project.nuget.cache"
    echo "Dropped a restore made with the stand-in: $stale"
  done
}

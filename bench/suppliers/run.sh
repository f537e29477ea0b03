#!/usr/bin/env bash
# Supplier benchmarks on PostgreSQL: import of 10,000 suppliers and the portfolio page with 10,000 suppliers.
# Starts a throwaway PostgreSQL cluster like test.sh does (or uses HOSHI_TEST_POSTGRES when set).
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -z "${HOSHI_TEST_POSTGRES:-}" ]; then
  pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  pgdata=$(mktemp -d /tmp/hoshi-benchpg.XXXXXX); pgsock=$(mktemp -d /tmp/hoshi-benchsock.XXXXXX)
  port=56432; while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$pgdata" "$pgsock"; pg() { su postgres -s /bin/sh -c "$*"; }; else pg() { sh -c "$*"; }; fi
  trap 'pg "$pgbin/pg_ctl -D $pgdata -m immediate stop" >/dev/null 2>&1 || true; rm -rf "$pgdata" "$pgsock"' EXIT
  pg "$pgbin/initdb -D $pgdata -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
  pg "$pgbin/pg_ctl -D $pgdata -o \"-p $port -k $pgsock -c listen_addresses=127.0.0.1\" -l $pgdata/log -w start" >/dev/null
  export HOSHI_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres"
fi
# WebApplicationFactory finds the web project by this variable outside a test project.
export ASPNETCORE_TEST_CONTENTROOT_HOSHI_WEB="$(pwd)/src/Hoshi.Web"
dotnet run -c Release --project bench/suppliers -- "$@"

#!/usr/bin/env bash
# Runs every Hoshi test on a fresh Debian machine that has only the .NET 10 SDK.
# Installs what the tests need when it is missing (PostgreSQL, Chromium, Japanese fonts, LibreOffice Calc,
# openpyxl), starts a throwaway PostgreSQL cluster,
# runs the whole solution, and ends with one line: "N passed, N failed[, N skipped]".
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# --- what the tests need from Debian ---------------------------------------------------------------
missing=()
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
[ -n "$pgbin" ] && [ -x "$pgbin/initdb" ] || missing+=(postgresql)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
[ -d /usr/share/fonts/opentype/noto ] || missing+=(fonts-noto-cjk)   # Japanese glyphs in browser screenshots
# Spreadsheet programs other than Hoshi, to open its exports as a user would (no cell may be a formula).
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc)
/usr/bin/python3 -c 'import openpyxl' >/dev/null 2>&1 || missing+=(python3-openpyxl)
if [ ${#missing[@]} -gt 0 ]; then
  echo "test.sh: installing ${missing[*]}" >&2
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi

# --- a throwaway PostgreSQL cluster ----------------------------------------------------------------
pgdata=$(mktemp -d /tmp/hoshi-pg.XXXXXX)
pgsock=$(mktemp -d /tmp/hoshi-pgsock.XXXXXX)
pgport=55432
while (echo >"/dev/tcp/127.0.0.1/$pgport") 2>/dev/null; do pgport=$((pgport + 1)); done
if [ "$(id -u)" -eq 0 ]; then
  chown postgres "$pgdata" "$pgsock"
  pg() { su postgres -s /bin/sh -c "$*"; }
else
  pg() { sh -c "$*"; }
fi
stop_postgres() {
  pg "'$pgbin/pg_ctl' -D '$pgdata' -m immediate stop" >/dev/null 2>&1 || true
  rm -rf "$pgdata" "$pgsock"
}
trap stop_postgres EXIT
pg "'$pgbin/initdb' -D '$pgdata' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
pg "'$pgbin/pg_ctl' -D '$pgdata' -o \"-p $pgport -k $pgsock -c listen_addresses=127.0.0.1 -c fsync=off\" -l '$pgdata/log' -w start" >/dev/null
export HOSHI_TEST_POSTGRES="Host=127.0.0.1;Port=$pgport;Username=postgres;Include Error Detail=true"

# --- the tests -------------------------------------------------------------------------------------
results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
status=0
if dotnet build "$root/Hoshi.slnx" -nologo -v quiet; then
  # One project at a time, each with its own result file, so no two runs can share a file name.
  for project in "$root"/tests/*.Tests/*.csproj; do
    name=$(basename "$project" .csproj)
    dotnet test "$project" --no-build --nologo --logger "trx;LogFileName=$name.trx" --results-directory "$results" "$@" || status=$?
  done
else
  status=$?
fi

# --- one closing line, summed over every test assembly -----------------------------------------------
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  get() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  total=$(get total); executed=$(get executed); p=$(get passed); f=$(get failed); e=$(get error); t=$(get timeout); a=$(get aborted)
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0} + ${e:-0} + ${t:-0} + ${a:-0}))
  skipped=$((skipped + ${total:-0} - ${executed:-0}))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1  # the build or the test host failed before any test could report
fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]

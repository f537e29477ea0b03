#!/usr/bin/env bash
# Web benchmark for issue 3's targets, on this machine, against a Release build:
#   - the workspace page of a fully answered ★4 assessment (every criterion implemented, with evidence)
#     sustains at least 1/20 of the requests per second that the same host reaches serving the same bytes
#     as a static file (both measured in this run);
#   - median latency of the workspace and the dashboard at one client is under 10 ms;
#   - resident memory after the load stays under 250 MB.
# Needs wrk (apt-get install wrk). Traffic goes to 127.0.0.1 only; every load is bounded in time.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
port=${PORT:-5181}
duration=${DURATION:-15s}
work=$(mktemp -d /tmp/hoshi-bench.XXXXXX)
data="$work/data"
jar="$work/cookies"
base="http://127.0.0.1:$port"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

dotnet build "$root/src/Hoshi.Web" -c Release -nologo -v quiet >/dev/null
dotnet build "$root/src/Hoshi.Cli" -c Release -nologo -v quiet >/dev/null
web="$root/src/Hoshi.Web/bin/Release/net10.0"
hoshi() { HOSHI_DATA_DIR="$data" dotnet "$root/src/Hoshi.Cli/bin/Release/net10.0/hoshi.dll" "$@"; }

# A web root with Hoshi's own static files, to which the workspace's HTML is added below.
mkdir -p "$work/wwwroot" && cp -r "$root/src/Hoshi.Web/wwwroot/." "$work/wwwroot/"
(cd "$web" && HOSHI_DATA_DIR="$data" ASPNETCORE_ENVIRONMENT=Production \
  exec dotnet Hoshi.Web.dll --urls "$base" --webroot "$work/wwwroot" >"$work/server.log" 2>&1) &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 60); do curl -sf -o /dev/null "$base/setup" && break; sleep 1; done

token() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
# First start: organization and administrator, then MFA (administrators must enrol).
t=$(curl -s -c "$jar" -b "$jar" "$base/setup" | token)
curl -s -c "$jar" -b "$jar" -o /dev/null "$base/setup" --data-urlencode "__RequestVerificationToken=$t" \
  --data-urlencode "Form.OrganizationName=ベンチマーク株式会社" --data-urlencode "Form.DisplayName=Bench" \
  --data-urlencode "Form.Email=bench@example.jp" --data-urlencode "Form.Password=Bench-Pass-2026!" --data-urlencode "Form.ConfirmPassword=Bench-Pass-2026!"
page=$(curl -s -c "$jar" -b "$jar" "$base/account/mfa")
key=$(echo "$page" | grep -o '<code class="key">[^<]*' | sed 's/.*>//')
t=$(echo "$page" | token)
curl -s -c "$jar" -b "$jar" -o /dev/null "$base/account/mfa?handler=Enable" --data-urlencode "__RequestVerificationToken=$t" --data-urlencode "Code=$(python3 "$root/bench/web/totp.py" "$key")"

# A ★4 assessment, every criterion implemented, one evidence file linked to all of them (through the CLI).
org=$(hoshi org list | awk '{print $1}')
assessment=$(hoshi assessment create --org "$org" --level 4 --title "★4 ベンチマーク")
criteria=$(hoshi catalog export --format json | python3 -c 'import json,sys; print(" ".join(c["id"] for r in json.load(sys.stdin)["requirements"] for c in r["criteria"]))')
{ echo "criterion,status,justification"; for c in $criteria; do echo "$c,implemented,規程と記録で確認"; done; } > "$work/answers.csv"
hoshi answer import --org "$org" --assessment "$assessment" --file "$work/answers.csv" >/dev/null
printf '%%PDF-1.4 bench evidence\n' > "$work/evidence.pdf"
hoshi evidence add --org "$org" --file "$work/evidence.pdf" --assessment "$assessment" --criteria "$(echo $criteria | tr ' ' ',')" >/dev/null

cookie=$(awk '$6=="hoshi.auth"{print "hoshi.auth="$7}' "$jar")
workspace="/o/$org/assessments/$assessment"
dashboard="/o/$org?assessment=$assessment"
curl -sf -H "Cookie: $cookie" "$base$workspace" > "$work/wwwroot/workspace.html"
grep -q '★4 ベンチマーク' "$work/wwwroot/workspace.html" || { echo "the workspace did not render" >&2; exit 1; }
bytes=$(wc -c < "$work/wwwroot/workspace.html")

if [ -n "${KEEP:-}" ]; then echo "$base $cookie $workspace $dashboard" > /tmp/bench-keep; sleep "$KEEP"; fi
rps() { awk '/Requests\/sec/{print $2}'; }
p50() { awk '/^ +50%/{print $2}'; }
# Warm up both paths, then measure.
wrk -t1 -c1 -d3s -H "Cookie: $cookie" "$base$workspace" >/dev/null
wrk -t1 -c1 -d3s "$base/workspace.html" >/dev/null
static=$(wrk -t2 -c8 -d"$duration" "$base/workspace.html" | rps)
dynamic=$(wrk -t2 -c8 -d"$duration" -H "Cookie: $cookie" "$base$workspace" | rps)
single_workspace=$(wrk -t1 -c1 -d"$duration" --latency -H "Cookie: $cookie" "$base$workspace" | p50)
single_dashboard=$(wrk -t1 -c1 -d"$duration" --latency -H "Cookie: $cookie" "$base$dashboard" | p50)
rss_kb=$(awk '/VmRSS/{print $2}' "/proc/$(pgrep -f "Hoshi.Web.dll --urls $base" | head -1)/status")

cat <<REPORT
machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -r), dotnet $(dotnet --version)
page: workspace of a ★4 assessment, $(echo $criteria | wc -w) criteria answered with evidence, $bytes bytes of HTML
static, same bytes (8 connections, $duration): $static req/s
workspace (8 connections, $duration):        $dynamic req/s   ratio static/workspace: $(python3 -c "print(f'{$static/$dynamic:.1f}')")  (target ≤ 20)
workspace median at 1 client:  $single_workspace   (target < 10 ms)
dashboard median at 1 client:  $single_dashboard   (target < 10 ms)
resident memory after the load: $((rss_kb / 1024)) MB   (target < 250 MB)
REPORT

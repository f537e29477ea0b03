#!/usr/bin/env bash
# Workbook benchmarks: time and peak memory of reading (or refusing) hostile and large workbooks, each case in a
# fresh process. Prints one Markdown table for bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build -c Release -nologo -v quiet bench/workbooks
dotnet bench/workbooks/bin/Release/net10.0/Hoshi.Bench.Workbooks.dll "$@"

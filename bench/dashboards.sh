#!/usr/bin/env bash
# Dashboard benchmark (run on demand, not in CI): generate N events, ingest them, then time every tile of
# every built-in dashboard on the store, cold (first run on a freshly opened store), warm (median of
# WARM runs, every query run again) and cached (median of WARM runs from the result cache, what a second
# viewer gets in `serve`), and "the Athena way": the same SQL over a view of the raw .json.gz files through DuckDB's
# read_json, for one dashboard (RAW_DASHBOARD; empty = every dashboard, which takes very long).
# Usage: [INGEST_HEAP=3g] bench/dashboards.sh [EVENTS] [DAYS] [WARM] [RAW_DASHBOARD] [RAW_TIMEOUT_SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
events=${1:-1000000}
days=${2:-14}
warm=${3:-5}
raw_dashboard=${4:-operational_account_activity}
raw_timeout=${5:-900}
out=bench/out
jar=target/trailscope.jar
[ -f "$jar" ] || mvn -q -B -DskipTests package
mkdir -p "$out/classes"
javac -cp "$jar" -d "$out/classes" bench/DashboardBench.java
logs="$out/dash-logs-$events-$days"
store="$out/dash-$events-$days.db"
if [ ! -d "$logs" ]; then
    # no --start: the data ends today, so relative date filters find it
    java -jar "$jar" generate --out "$logs" --events "$events" --seed 11 --days "$days" >/dev/null
fi
if [ ! -f "$store" ]; then
    # the ingest keeps every stored event id in heap (16 bytes a slot): 10M events need more than 512 MB
    java -Xmx"${INGEST_HEAP:-512m}" -jar "$jar" ingest --db "$store" "$logs" | grep -E '^(events added|took)'
fi
echo "store: $(stat -c %s "$store") bytes; load $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$jar:$out/classes" DashboardBench store "$store" "$warm" | tee "$out/dashboards-store.txt"
echo "raw (read_json over the .json.gz files), cold only, time-boxed to ${raw_timeout}s:"
timeout "$raw_timeout" java -cp "$jar:$out/classes" DashboardBench raw "$store" 0 "$logs" "$out/dash-raw.db" $raw_dashboard \
    | tee "$out/dashboards-raw.txt" || echo "raw run stopped after ${raw_timeout}s"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, load $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%Y-%m-%dT%H:%MZ)"

#!/usr/bin/env bash
# Ingest benchmark (run on demand, not in CI): generate N events, ingest them with trailscope under
# -Xmx512m, load the same files with DuckDB's own read_json, and report both rates and their ratio,
# store bytes per event, peak heap and peak RSS. Usage: bench/ingest.sh [EVENTS] [THREADS] [DAYS]
set -euo pipefail
cd "$(dirname "$0")/.."
events=${1:-2000000}
threads=${2:-$(nproc)}
# A busy organisation: the events of a few days, so files hold many events, as real busy trails do.
days=${3:-3}
out=bench/out
jar=target/trailscope.jar
[ -f "$jar" ] || mvn -q -B -DskipTests package
mkdir -p "$out"
logs="$out/logs-$events-$days"
if [ ! -d "$logs" ]; then
    echo "generating $events events into $logs"
    java -jar "$jar" generate --out "$logs" --events "$events" --seed 7 --start 2026-01-01 --days "$days" >/dev/null
fi
echo "input: $(find "$logs" -name '*.json.gz' -path '*/CloudTrail/*' | wc -l) log files, $(du -sh "$logs" | cut -f1) gzipped"
sync
rm -f "$out/store.db" "$out/store.db.wal"
/usr/bin/time -f 'rss_kb %M\ncpu_s %U %S' -o "$out/ingest.time" \
    java -Xmx512m -jar "$jar" ingest --db "$out/store.db" --threads "$threads" "$logs" > "$out/ingest.txt"
added=$(awk '/^events added/ {gsub(",", "", $3); print $3}' "$out/ingest.txt")
duplicates=$(awk '/^duplicates skipped/ {gsub(",", "", $3); print $3}' "$out/ingest.txt")
seconds=$(awk '/^took/ {print $2}' "$out/ingest.txt")
heap=$(awk '/^peak heap/ {print $3}' "$out/ingest.txt")
rss=$(awk '/rss_kb/ {printf "%.0f", $2 / 1024}' "$out/ingest.time")
store_bytes=$(stat -c %s "$out/store.db")
rate=$(awk -v e="$added" -v d="$duplicates" -v s="$seconds" 'BEGIN {printf "%.0f", (e + d) / s}')
# CPU time of the whole command (ingest + geo-IP enrichment + JVM start): far less sensitive to a busy machine than wall time
cpu=$(awk '/cpu_s/ {printf "%.1f", $2 + $3}' "$out/ingest.time")
cpu_rate=$(awk -v e="$added" -v d="$duplicates" -v c="$cpu" 'BEGIN {printf "%.0f", (e + d) / c}')

java -cp "$jar" bench/ReadJsonBaseline.java "$logs" "$out/baseline.db" > "$out/baseline.txt"
base_rate=$(awk '/baseline_events_per_second/ {print $2}' "$out/baseline.txt")
base_bytes=$(awk '/baseline_bytes/ {print $2}' "$out/baseline.txt")
base_events=$(awk '/baseline_events / {print $2}' "$out/baseline.txt")

echo
echo "| measure | trailscope ingest | DuckDB read_json | ratio |"
echo "|---|---|---|---|"
printf "| events/s | %s | %s | %.2fx |\n" "$rate" "$base_rate" "$(awk -v a="$rate" -v b="$base_rate" 'BEGIN {print a / b}')"
printf "| events per CPU-second | %s (%s s user+sys) | | |\n" "$cpu_rate" "$cpu"
printf "| events stored | %s (+%s duplicates skipped) | %s | |\n" "$added" "$duplicates" "$base_events"
printf "| store bytes/event | %.1f | %.1f | |\n" "$(awk -v b="$store_bytes" -v e="$added" 'BEGIN {print b / e}')" \
    "$(awk -v b="$base_bytes" -v e="$base_events" 'BEGIN {print b / e}')"
printf "| peak heap | %s MB (-Xmx512m) | | |\n" "$heap"
printf "| peak RSS | %s MB | | |\n" "$rss"
echo
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, $(uname -sr), load $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%Y-%m-%d)"

#!/usr/bin/env bash
# Times a city's yearly water import: one export of a year of daily readings for many citizens (365,000 rows
# for 1,000), routed to each citizen's pod by `solidaire-client import water --routes`.
#   Setup, not timed in the figure but reported: a fresh data directory, the server on a free loopback port, the
#   citizens' pods and the city's account provisioned through the admin API (`create-pods`), each citizen giving
#   the city Append on their water container (as that citizen, through the client library), the export and the
#   routes file generated.
# Usage: bench/import-year.sh            Build first: mvn -B -DskipTests package
# Environment: CITIZENS (default 1000), PARALLEL (requests at once, default 16), SHARDS (the server's
#   --store-shards, default 2), SERVER_OPTS (server JVM options, default -Xmx2g), CLIENT_OPTS (client JVM options,
#   default -Xmx2g), KEEP=1 to keep the data directory.
# Everything listens on and talks to 127.0.0.1; every process started here is stopped by its PID.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SERVER_JAR=$ROOT/pod-server/target/pod-server.jar
CLIENT_JAR=$ROOT/client/target/solidaire-client.jar
SETUP_JAR=$ROOT/benchmarks/target/benchmarks.jar
CITIZENS=${CITIZENS:-1000}
PARALLEL=${PARALLEL:-16}
for jar in "$SERVER_JAR" "$CLIENT_JAR" "$SETUP_JAR"; do
  [ -f "$jar" ] || { echo "no $jar: run mvn -B -DskipTests package first" >&2; exit 1; }
done
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
BASE=http://127.0.0.1:$PORT/
WORK=$(mktemp -d "${TMPDIR:-/var/tmp}/import-year.XXXXXX")
SECRET=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
ADMIN=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
printf '%s' "$ADMIN" > "$WORK/admin-secret"
printf '%s' "$SECRET" > "$WORK/client-secret"
chmod 600 "$WORK/admin-secret" "$WORK/client-secret"

PID=
stop() {
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then
    kill "$PID"
    wait "$PID" 2>/dev/null || true
  fi
  PID=
  if [ "${KEEP:-0}" != 1 ]; then rm -rf "$WORK"; else echo "kept $WORK" >&2; fi
}
trap stop EXIT
now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }
# CPU seconds (user + system) a process has used so far.
cpu() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$1/stat"; }
setup() { SECRET=$SECRET java -cp "$SETUP_JAR" org.solidaire.benchmarks.WaterImportSetup "$1" "$CITIZENS" "$BASE" "$WORK"; }

# shellcheck disable=SC2086
java ${SERVER_OPTS:--Xmx2g} -jar "$SERVER_JAR" --host 127.0.0.1 --port "$PORT" --base-url "$BASE" \
    --data-dir "$WORK/store" --admin-secret-file "$WORK/admin-secret" --no-signup --store-shards "${SHARDS:-2}" \
    >> "$WORK/server.log" 2>&1 &
PID=$!
for _ in $(seq 1 600); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE")" = 200 ] && break
  kill -0 "$PID" 2>/dev/null || { echo "the server exited; see $WORK/server.log" >&2; KEEP=1; exit 1; }
  sleep 0.1
done

T0=$(now)
setup pods
SOLIDAIRE_ADMIN_SECRET=$ADMIN java -jar "$SERVER_JAR" create-pods --server "$BASE" "$WORK/pods.json" > "$WORK/pods.out"
T1=$(now)
setup grants
T2=$(now)
setup export
T3=$(now)
echo "setup: $((CITIZENS + 1)) pods provisioned in $(ms "$T0" "$T1") ms, $CITIZENS grants in $(ms "$T1" "$T2") ms," \
     "export of $((CITIZENS * 365)) rows generated in $(ms "$T2" "$T3") ms" >&2

SERVER_CPU_BEFORE=$(cpu "$PID")
START=$(now)
# shellcheck disable=SC2086
SOLIDAIRE_ISSUER=$BASE SOLIDAIRE_CLIENT_ID=city-app java ${CLIENT_OPTS:--Xmx2g} -jar "$CLIENT_JAR" import water \
    "$WORK/export.csv" --routes "$WORK/routes.csv" --exported-at 2026-01-02T03:00:00Z --parallel "$PARALLEL" \
    --client-secret-file "$WORK/client-secret" &
CLIENT=$!
CLIENT_CPU=0
while kill -0 "$CLIENT" 2>/dev/null; do
  CLIENT_CPU=$(cpu "$CLIENT" 2>/dev/null || echo "$CLIENT_CPU")
  sleep 0.5
done
wait "$CLIENT"
END=$(now)
SERVER_CPU=$(awk -v a="$SERVER_CPU_BEFORE" -v b="$(cpu "$PID")" 'BEGIN { printf "%.1f", b - a }')
ELAPSED=$(ms "$START" "$END")
DOCUMENTS=$((CITIZENS * 12))
echo "import of $((CITIZENS * 365)) rows ($DOCUMENTS documents) into $CITIZENS pods with --parallel $PARALLEL:" \
     "$ELAPSED ms, $(awk -v d="$DOCUMENTS" -v t="$ELAPSED" 'BEGIN { printf "%.0f", d * 1000 / t }') documents/s;" \
     "CPU: server ${SERVER_CPU} s, client at least ${CLIENT_CPU} s, on $(nproc) cores; ${SHARDS:-2} store shards"

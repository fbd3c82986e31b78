#!/usr/bin/env bash
# Load benchmark of Solidaire with the shared Solid benchmark kit (../shared/bench), run the way its
# bench-css.sh runs the Community Solid Server, so that the two results compare:
#   fresh data folder, start (startup time on empty data), provision alice with client credentials through
#   the admin API, the kit's scenarios, stop, start again on the provisioned data (startup time with data), stop.
# Usage: bench/solidaire-bench.sh [NAME] [PORT]
#   Build first: mvn -B -DskipTests package. Compare: ../shared/bench/bench compare.sh CSS.json OURS.json
# The server starts with bin/pod-server, as the README starts it. Environment: JAVA_OPTS (the launcher's heap and
# collector options), and the kit's own (DURATION, SCENARIOS...).
# The server listens on 127.0.0.1 only; every process started here is stopped by its PID.
set -euo pipefail
NAME=${1:-solidaire}
PORT=${2:-8080}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
KIT=${BENCH_KIT:-$ROOT/../shared/bench}
JAR=$ROOT/pod-server/target/pod-server.jar
LAUNCHER=$ROOT/bin/pod-server
WORK=$ROOT/bench/work
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
DATA=$WORK/$NAME-$STAMP
BASE=http://localhost:$PORT/
[ -f "$JAR" ] || { echo "no $JAR: run mvn -B -DskipTests package first" >&2; exit 1; }
[ -x "$KIT/bench" ] || { echo "no benchmark kit at $KIT" >&2; exit 1; }
if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then echo "port $PORT already answers" >&2; exit 1; fi
mkdir -p "$DATA"

SECRET=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
ADMIN=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
printf '%s' "$ADMIN" > "$DATA/admin-secret"
cat > "$DATA/pods.json" <<JSON
[{"pod": "alice", "email": "alice@bench.example", "password": "bench-$SECRET",
  "clientId": "bench-alice", "clientSecret": "$SECRET"}]
JSON
chmod 600 "$DATA/pods.json" "$DATA/admin-secret"
cat > "$DATA/creds.json" <<JSON
{"issuer": "$BASE", "webId": "${BASE}alice/profile/card#me", "pod": "${BASE}alice/",
 "clientId": "bench-alice", "clientSecret": "$SECRET"}
JSON
chmod 600 "$DATA/creds.json"

PID=
stop() {
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then
    kill "$PID"
    wait "$PID" 2>/dev/null || true
  fi
  PID=
}
trap stop EXIT

# Starts the server and sets PID and STARTUP_MS: process spawn to the first 200 on GET /, polled every 100 ms.
start() {
  local began now
  began=$(date +%s%N)
  "$LAUNCHER" --host 127.0.0.1 --port "$PORT" --data-dir "$DATA/store" \
      --admin-secret-file "$DATA/admin-secret" >> "$DATA/server.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 1200); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/")" = 200 ]; then
      now=$(date +%s%N)
      STARTUP_MS=$(( (now - began) / 1000000 ))
      return 0
    fi
    kill -0 "$PID" 2>/dev/null || { echo "the server exited; see $DATA/server.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "the server did not answer within 120 s" >&2
  exit 1
}

start
EMPTY_MS=$STARTUP_MS
curl -sf -o /dev/null -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
    --data-binary "@$DATA/pods.json" "http://127.0.0.1:$PORT/.admin/pods" \
    || { echo "provisioning alice failed; see $DATA/server.log" >&2; exit 1; }
cat > "$DATA/extra.json" <<JSON
{"server": {"name": "Solidaire", "jar": "pod-server.jar"}, "startup": {"emptyDataMs": $EMPTY_MS}}
JSON
RESULT=$(EXTRA=$DATA/extra.json "$KIT/bench" run.sh "$NAME" "$BASE" "$DATA/creds.json" "$PID" | tail -1)
stop
start
node -e "const fs = require('fs'); const f = process.argv[1]; const r = JSON.parse(fs.readFileSync(f));
r.startup = { ...(r.startup || {}), withDataMs: Number(process.argv[2]) };
fs.writeFileSync(f, JSON.stringify(r, null, 2) + '\n');" "$RESULT" "$STARTUP_MS"
stop
echo "startup: empty data ${EMPTY_MS} ms, seeded data ${STARTUP_MS} ms" >&2
echo "$RESULT"

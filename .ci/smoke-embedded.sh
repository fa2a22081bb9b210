#!/usr/bin/env bash
# npm start on a clean ./data: health, sample article and claims present; SIGTERM; start again; data
# survived; still served after the pool replaced an idle connection.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
export PORT DATA_DIR="$(mktemp -d)/data" ADMIN_PASSWORD="smoke-test-password-1"
unset DATABASE_URL
log=$(mktemp)
base="http://127.0.0.1:$PORT"

start() {
  npm start >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 180); do
    curl -fsS "$base/api/health" >/dev/null 2>&1 && return 0
    kill -0 "$pid" 2>/dev/null || { cat "$log"; echo "server exited during start"; exit 1; }
    sleep 1
  done
  cat "$log"; echo "server not healthy after 180 s"; exit 1
}

# SIGTERM goes to the server process itself, as a process manager would send it (npm and the
# shell in between do not forward signals); it must log a clean stop and exit.
stop() {
  local server_pid
  # The server's own pid, from its "listening" log line.
  server_pid=$(grep '"msg":"ClaimDesk is listening' "$log" | tail -1 | grep -o '"pid":[0-9]*' | cut -d: -f2)
  kill -TERM "$server_pid"
  wait "$pid" || true
  grep -q "ClaimDesk stopped" "$log" || { cat "$log"; echo "server did not stop cleanly on SIGTERM"; exit 1; }
}

count_claims() {
  local jar; jar=$(mktemp)
  curl -fsS -c "$jar" -H 'content-type: application/json' \
    -d "{\"email\":\"admin@claimdesk.local\",\"password\":\"$ADMIN_PASSWORD\"}" "$base/api/auth/login" >/dev/null
  local article
  article=$(curl -fsS -b "$jar" "$base/api/articles" | node -e 'const p=JSON.parse(require("fs").readFileSync(0,"utf8"));if(!p.items.length)process.exit(3);console.log(p.items[0].id)')
  curl -fsS -b "$jar" "$base/api/articles/$article/claims" | node -e 'console.log(JSON.parse(require("fs").readFileSync(0,"utf8")).items.length)'
}

start
grep -q "embedded database" "$log" || { cat "$log"; echo "start-up log does not say it uses the embedded database"; exit 1; }
first=$(count_claims)
[ "$first" -gt 10 ] || { echo "expected the sample article's claims, found $first"; exit 1; }
echo "first start: sample article with $first claims"
stop
start
second=$(count_claims)
[ "$second" = "$first" ] || { echo "after restart: $second claims, expected $first"; exit 1; }
# Idle past the pool's 10 s idle timeout: the next requests come on a new connection to the same
# embedded session, which must still serve them (it once answered 500 to every request from then on).
sleep 11
third=$(count_claims)
[ "$third" = "$first" ] || { echo "after 11 s idle: $third claims, expected $first"; exit 1; }
stop
echo "embedded smoke test passed: $first claims survived a restart"

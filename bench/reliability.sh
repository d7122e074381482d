#!/usr/bin/env bash
# Reliability checks, one command each, on a throwaway PostgreSQL 15 cluster with Sporteli started on it
# (config/run.sh) and intake load from the bench's `reliability` subcommand:
#   reliability.sh crash [N]   kill -9 the server N times (default 3) under load, each time restarting it on the
#                              same server base, so that the Artemis journal and the transaction logs survive;
#                              then reconcile what the clients were told against the database
#   reliability.sh outage      stop PostgreSQL under load for REL_OUTAGE_SECONDS as a crash would (immediate mode), start
#                              it again; judge the answers given meanwhile and the time to the first 201 after it, then
#                              reconcile
#   reliability.sh all [N]     both, one after the other
# The defaults are the short versions CI runs (each under 4 minutes on 2 cores); the long crash check is
# `reliability.sh crash 20` (7-15 minutes). Exits non-zero when a check fails.
# Settings (environment):
#   REL_RATE              intake requests/s (10: well within what a cold server takes on a busy machine, since
#                         a backlog it cannot clear would time every request out and prove nothing)
#   REL_OUTAGE_SECONDS    how long PostgreSQL stays down (15)
#   REL_SKIP_BUILD=1      use the bench jar already built
#   SPORTELI_PORT_OFFSET  first port offset to try (800: 8880 and 10790); the next free one is taken
# The server runs from config/target/run-base, as run.sh's does: do not run both at once in one work tree.
# Everything it starts it stops again, also on failure or Ctrl-C; logs and the attempts file stay in
# bench/target/reliability-*/.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

check=${1:-}
case $check in
  crash) kills=${2:-3} ;;
  outage) ;;
  all)
    bash "$0" crash "${2:-3}"
    exec bash "$0" outage
    ;;
  *)
    echo "usage: $0 crash [N] | outage | all [N]" >&2
    exit 2
    ;;
esac
[[ ${kills:-1} =~ ^[1-9][0-9]*$ ]] || { echo "N must be a positive number" >&2; exit 2; }
rate=${REL_RATE:-10}
outage_seconds=${REL_OUTAGE_SECONDS:-15}
started=$(date +%s)
run_dir=$root/bench/target/reliability-$check-$(date +%Y%m%d-%H%M%S)
attempts=$run_dir/attempts.tsv
mkdir -p "$run_dir"

log() { echo "== $(date +%H:%M:%S) $*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }
busy() { (echo >"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
now_ms() { date +%s%3N; }

pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
pg_dir=$(mktemp -d)
chmod 755 "$pg_dir"
server_pid='' jpid='' load_pid=''
log_mark=$(stat -c %s config/target/run-base/log/server.log 2>/dev/null || echo 0)
stop_server() {
  [[ -n $server_pid ]] || return 0
  if kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM -- "-$server_pid" 2>/dev/null
    # the JVM shuts down after its launcher script has gone: wait for the JVM
    for _ in $(seq 30); do kill -0 "${jpid:-$server_pid}" 2>/dev/null || break; sleep 1; done
  fi
  kill -KILL -- "-$server_pid" 2>/dev/null
  server_pid='' jpid=''
}
cleanup() {
  set +e
  [[ -n $load_pid ]] && kill "$load_pid" 2>/dev/null
  [[ -n $server_pid ]] && log "Stopping Sporteli"
  stop_server
  bash "$root/.ci/postgres.sh" stop "$pg_dir/pg"
  cp "$pg_dir/pg/server.log" "$run_dir/postgres.log" 2>/dev/null
  # the server's log of this run only: run-base keeps its logs across runs
  tail -c +$((log_mark + 1)) "$root/config/target/run-base/log/server.log" >"$run_dir/server.log" 2>/dev/null
  rm -rf "$pg_dir"
  log "Done in $(( $(date +%s) - started )) s; logs and the attempts file in ${run_dir#"$root"/}"
}
trap cleanup EXIT
trap 'exit 143' TERM INT

if [[ ${REL_SKIP_BUILD:-} != 1 || ! -f bench/target/sporteli-bench.jar ]]; then
  log "Building the bench"
  (cd bench && { ../mvnw -q -o package -DskipTests || ../mvnw -q package -DskipTests; })
fi
bench() { java -jar "$root/bench/target/sporteli-bench.jar" "$@"; }
# a judging subcommand, its lines kept in $1 as well; returns its exit code without ending the script
judge() {
  local out=$1 rc
  shift
  set +e
  bench "$@" | tee "$out"
  rc=${PIPESTATUS[0]}
  set -e
  return "$rc"
}
wildfly=$(ls -d config/target/wildfly-* 2>/dev/null | sort -V | tail -1)
ear=ear/target/sporteli.ear
if [[ -z $wildfly || ! -f $ear ]]; then
  log "Building Sporteli"
  ./mvnw -q -o install -DskipTests || ./mvnw -q install -DskipTests
  wildfly=$(ls -d config/target/wildfly-* | sort -V | tail -1)
fi

log "PostgreSQL"
pg_port=$(bash .ci/postgres.sh port 27432)
# durable, as in production: with commits unflushed a database crash could take acknowledged requests with it
bash .ci/postgres.sh start "$pg_dir/pg" "$pg_port" durable
jdbc=jdbc:postgresql://127.0.0.1:$pg_port/sporteli
pg_ctl() { runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/pg/data" -t 60 "$@"; }
psql_admin() { runuser -u postgres -- "$pg_bin/psql" -h "$pg_dir/pg" -p "$pg_port" -U postgres -d sporteli "$@"; }

# ports clear of another server on this machine (the default 8080/9990 above all)
offset=${SPORTELI_PORT_OFFSET:-800}
while busy $((8080 + offset)) || busy $((9990 + offset)) || busy $((8443 + offset)) || busy $((9993 + offset)) \
  || busy $((8009 + offset)) || busy $((4712 + offset)) || busy $((4713 + offset)) || busy $((3528 + offset)); do
  offset=$((offset + 100))
done
url=http://127.0.0.1:$((8080 + offset))/sporteli
health=http://127.0.0.1:$((9990 + offset))/health/ready
admin_password=Rel-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')

# Starts the server and waits until it takes requests; sets server_pid, jpid and startup_s.
start_server() {
  local from attempt mark
  from=$(now_ms)
  for attempt in 1 2 3; do
    mark=$(stat -c %s "$run_dir/server.out" 2>/dev/null || echo 0)
    SPORTELI_DB=postgres SPORTELI_DEMO=false SPORTELI_ADMIN_PASSWORD=$admin_password SPORTELI_PORT_OFFSET=$offset \
      SPORTELI_PG_HOST=127.0.0.1 SPORTELI_PG_PORT=$pg_port SPORTELI_PG_DATABASE=sporteli \
      SPORTELI_PG_USER=sporteli SPORTELI_PG_PASSWORD=sporteli \
      setsid bash config/run.sh "$wildfly" "$ear" >>"$run_dir/server.out" 2>&1 </dev/null &
    server_pid=$!
    local deadline=$(( $(date +%s) + 300 )) failed=''
    until curl -sf -m 5 -o /dev/null "$health" && curl -sf -m 5 -o /dev/null "$url/api/v1/units"; do
      kill -0 "$server_pid" 2>/dev/null || { tail -40 "$run_dir/server.out" >&2; fail "the server exited while starting"; }
      (( $(date +%s) < deadline )) || fail "the server did not come up in 300 s"
      # WildFly on a loaded machine now and then fails to bind one of its queues at boot ("started (with errors)",
      # readiness down for good); that is the container's, not what is checked here, so start it again
      if tail -c +$((mark + 1)) "$run_dir/server.out" | grep -q WFLYSRV0026; then
        failed=$(tail -c +$((mark + 1)) "$run_dir/server.out" | grep -m1 -o 'WFLYCTL0186:.*' | cut -c1-200)
        break
      fi
      sleep 1
    done
    [[ -z $failed ]] && break
    (( attempt < 3 )) || fail "the server started with errors three times: $failed"
    log "The server started with errors ($failed); starting it again"
    stop_server
  done
  # the JVM is in the process group (and session) that setsid gave the launcher
  jpid=$(pgrep -g "$server_pid" -x java || pgrep -s "$server_pid" -x java || true)
  jpid=${jpid%%$'\n'*}
  [[ -n $jpid ]] || fail "cannot find the server's JVM"
  startup_s=$(awk -v ms=$(( $(now_ms) - from )) 'BEGIN { printf "%.1f", ms / 1000 }')
  # WildFly's own boot time; the rest, up to startup_s, is the server working through what was queued meanwhile
  boot_s=$(tail -c +$((mark + 1)) "$run_dir/server.out" | grep -o 'started in [0-9]*ms' | tail -1 | tr -dc 0-9 || true)
  boot_s=$(awk -v ms="${boot_s:-0}" 'BEGIN { printf "%.1f", ms / 1000 }')
}

# kill -9 of the JVM alone: no shutdown hook, no journal sync, transactions cut wherever they were
kill_server() {
  kill -KILL "$jpid"
  for _ in $(seq 30); do kill -0 "$jpid" 2>/dev/null || break; sleep 1; done
  kill -0 "$jpid" 2>/dev/null && fail "the JVM $jpid survived kill -9"
  kill -KILL -- "-$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
  server_pid='' jpid=''
}

# Waits up to $3 s until $1 requests sent after $2 (epoch ms) have been acknowledged.
wait_acks() {
  local want=$1 since=$2 deadline=$(( $(date +%s) + $3 )) got=0
  while (( $(date +%s) < deadline )); do
    got=$(awk -F'\t' -v t="$since" '$4 == "201" && $2 >= t { n++ } END { print n + 0 }' "$attempts")
    (( got >= want )) && return 0
    kill -0 "$load_pid" 2>/dev/null || fail "the load stopped: $(tail -3 "$run_dir/load.out")"
    sleep 0.5
  done
  fail "only $got of $want requests acknowledged within $3 s"
}

# At most 40 attempts in flight: a server held up (booting, or waiting for recovery) queues what it is sent and works
# through it afterwards, for clients long gone; 40 keeps that backlog, and the time it takes, short.
start_load() {
  rm -f "$run_dir/stop"
  : >"$attempts"
  # java itself in the background, not the bench function, so that load_pid is the JVM that cleanup stops
  java -jar "$root/bench/target/sporteli-bench.jar" reliability --url "$url" --api-key "$api_key" --out "$attempts" \
    --rate "$rate" --stop-file "$run_dir/stop" --seconds 3600 --timeout-ms 10000 --max-in-flight 40 >"$run_dir/load.out" 2>&1 &
  load_pid=$!
}

stop_load() {
  touch "$run_dir/stop"
  # the load ends every attempt in flight within its 10 s timeout
  for _ in $(seq 60); do kill -0 "$load_pid" 2>/dev/null || break; sleep 1; done
  kill -0 "$load_pid" 2>/dev/null && fail "the load did not stop"
  wait "$load_pid" || fail "the load failed: $(tail -3 "$run_dir/load.out")"
  load_pid=''
  tail -1 "$run_dir/load.out"
}

log "Starting Sporteli on PostgreSQL (port offset $offset)"
# the broker's messages and the transaction log of an earlier run refer to another database; never emptied between kills
rm -rf "$(dirname "$wildfly")/run-base/data"
start_server
log "Sporteli up in $startup_s s (WildFly booted in $boot_s s)"

cookies=$run_dir/admin.cookies
curl -sf -c "$cookies" "$url/api/v1/session" -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$admin_password\"}" >/dev/null
api_key=$(curl -sf -b "$cookies" "$url/api/v1/api-clients" -H 'Content-Type: application/json' \
  -d '{"name":"Reliability check","channel":"PORTAL"}' | sed 's/.*"apiKey":"\([^"]*\)".*/\1/')
[[ $api_key == spk_* ]] || fail "no API key issued"

log "Intake load at $rate requests/s"
start_load
figures=()

if [[ $check == crash ]]; then
  restarts=() boots=() doubts=()
  for k in $(seq "$kills"); do
    since=$(now_ms)
    # a few seconds of intake going through before each kill, the moment varied so that kills fall at different points
    wait_acks $((rate * 2)) "$since" 150
    sleep "$(( k % 3 )).$(( k * 37 % 10 ))"
    kill_server
    # what the kill cut between the two phases of a commit: left for recovery to settle after the restart
    in_doubt=$(psql_admin -Atc "SELECT count(*) FROM pg_prepared_xacts")
    doubts+=("$in_doubt")
    log "Kill $k of $kills: JVM killed, $in_doubt transaction(s) left in doubt; restarting"
    start_server
    restarts+=("$startup_s")
    boots+=("$boot_s")
    log "Sporteli up again in $startup_s s (WildFly booted in $boot_s s)"
  done
  wait_acks $((rate * 2)) "$(now_ms)" 150
  log "Stopping the load"
  stop_load
  log "Reconciling with the database"
  from=$(now_ms)
  reconcile_rc=0
  judge "$run_dir/reconcile.out" reconcile --jdbc "$jdbc" --user sporteli --password sporteli --attempts "$attempts" \
    --wait-seconds 180 || reconcile_rc=$?
  figures+=("kills: $kills" "restart seconds, until intake answered: ${restarts[*]}" "of which WildFly's boot: ${boots[*]}" "in doubt after each kill: ${doubts[*]}"
    "reconcile: $(awk -v ms=$(( $(now_ms) - from )) 'BEGIN { printf "%.1f s", ms / 1000 }') including its start")
else
  wait_acks $((rate * 3)) "$(now_ms)" 150
  log "Stopping PostgreSQL for $outage_seconds s, as a crash: no shutdown checkpoint, its start recovers from the log"
  pg_ctl -m immediate -w stop >/dev/null
  down=$(now_ms)
  sleep 3
  # the screens, anonymous and signed in: an error page, never a stack trace, and 503 rather than 500
  for page in units.xhtml office/queue.xhtml; do
    status=$(curl -s -m 15 -b "$cookies" -o "$run_dir/page.html" -w '%{http_code}' "$url/$page" || echo none)
    if grep -qE '\.java:[0-9]+\)|Caused by:|[A-Za-z](Exception|Error): ' "$run_dir/page.html"; then
      fail "$page during the outage shows a stack trace (see ${run_dir#"$root"/}/page.html)"
    fi
    [[ $status == 503 ]] || fail "$page during the outage answered $status, not 503"
    figures+=("$page during the outage: $status, no stack trace")
  done
  sleep $(( (down + outage_seconds * 1000 - $(now_ms)) / 1000 )) 2>/dev/null || true
  up_from=$(now_ms)
  log "Starting PostgreSQL again"
  pg_ctl -l "$pg_dir/pg/server.log" -w start >/dev/null
  up=$(now_ms)
  wait_acks 1 "$up_from" 60
  wait_acks $((rate * 3)) "$(now_ms)" 60
  log "Stopping the load"
  stop_load
  answers_rc=0
  judge "$run_dir/answers.out" answers --attempts "$attempts" --down "$down" --up-from "$up_from" --up "$up" \
    --max-latency-ms 10000 --recovery-limit-ms 10000 || answers_rc=$?
  log "Reconciling with the database"
  reconcile_rc=0
  judge "$run_dir/reconcile.out" reconcile --jdbc "$jdbc" --user sporteli --password sporteli --attempts "$attempts" \
    --wait-seconds 120 || reconcile_rc=$?
fi

log "Figures"
for f in "${figures[@]}"; do echo "  $f"; done
for out in answers.out reconcile.out; do
  if [[ -f $run_dir/$out ]]; then grep -h '^answers: \|^reconcile: ' "$run_dir/$out" | sed 's/^/  /' || true; fi
done
(( ${answers_rc:-0} == 0 && reconcile_rc == 0 )) || fail "the $check check found violations (above)"
log "The $check check passed"

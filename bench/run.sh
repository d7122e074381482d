#!/usr/bin/env bash
# The whole capacity run in one command: a throwaway PostgreSQL 15 cluster, Sporteli built and started
# on it, then seed -> baseline -> intake ramp -> reads -> emergency routing under a backlog, with the
# server's CPU and heap sampled, and a new section in bench/RESULTS.md. Everything it starts it stops again, also on failure or Ctrl-C.
# Budgeted for 15 minutes on 2 cores with the defaults; the runs of 7 December took 12.5-14 (build, when up to date, and start
# 0.5, settling and seed 1, baseline 0.5, warm-up 2.2, and up to a minute more where the warm-up outran the machine, ramp 5-6,
# reads 2.3, emergency 1-1.5). A ramp that passed every step up to 2,000/s would add about a minute. After its first miss
# the ramp waits for the miss's backlog to be worked off (up to a minute) and tries the rate halfway back, so that the
# sustainable rate is read to half a step: up to 1.5 minutes more.
# Settings (environment):
#   BENCH_COUNT          requests to seed (1000000)
#   BENCH_RATES          intake ramp steps, requests/s (25,50,100,200,300,400,500,600,750,875,1000,1250,1500,1750,2000)
#   BENCH_BACKLOG        messages put on the units' queues before the emergency reports (500000: on a fast machine the consumers take in
#                        250,000 within the 20 s of reports, so the backlog must be larger than the target's 100,000 to outlast them)
#   BENCH_STEP_SECONDS   measured seconds per ramp step, after 5 s of warm-up (20)
#   BENCH_P99_LIMIT_MS   p99 a ramp step must stay under (500)
#   BENCH_SKIP_BUILD=1   use the EAR and server already built
#   SPORTELI_PORT_OFFSET first port offset to try (500: 8580 and 10490); the next free one is taken
# The server runs from config/target/run-base, as the run command's does: do not run both at once in
# one work tree. JAVA_OPTS, when set, replaces the server's default heap settings.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
count=${BENCH_COUNT:-1000000}
rates=${BENCH_RATES:-25,50,100,200,300,400,500,600,750,875,1000,1250,1500,1750,2000}
backlog=${BENCH_BACKLOG:-500000}
step_seconds=${BENCH_STEP_SECONDS:-20}
p99_limit=${BENCH_P99_LIMIT_MS:-500}
started=$(date +%s)
run_dir=$root/bench/target/run-$(date +%Y%m%d-%H%M%S)
results=$run_dir/results.jsonl
mkdir -p "$run_dir"

log() { echo "== $(date +%H:%M:%S) $*"; }
busy() { (echo >"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# everything started below is stopped here, by its own pid or process group
pg_dir=$(mktemp -d)
chmod 755 "$pg_dir"
server_pid='' jpid='' sampler_pid='' jstat_pid=''
cleanup() {
  set +e
  [[ -n $sampler_pid ]] && kill "$sampler_pid" 2>/dev/null
  [[ -n $jstat_pid ]] && kill "$jstat_pid" 2>/dev/null
  if [[ -n $server_pid ]] && kill -0 "$server_pid" 2>/dev/null; then
    log "Stopping Sporteli"
    kill -TERM -- "-$server_pid" 2>/dev/null
    # the JVM shuts down after its launcher script has gone: wait for the JVM
    for _ in $(seq 30); do kill -0 "${jpid:-$server_pid}" 2>/dev/null || break; sleep 1; done
    kill -KILL -- "-$server_pid" 2>/dev/null
  fi
  bash "$root/.ci/postgres.sh" stop "$pg_dir/pg"
  cp "$pg_dir/pg/server.log" "$run_dir/postgres.log" 2>/dev/null
  rm -rf "$pg_dir"
  log "Done in $(( $(date +%s) - started )) s; logs and raw results in ${run_dir#"$root"/}"
}
trap cleanup EXIT

log "PostgreSQL"
pg_port=$(bash .ci/postgres.sh port 26432)
bash .ci/postgres.sh start "$pg_dir/pg" "$pg_port" durable
jdbc=jdbc:postgresql://127.0.0.1:$pg_port/sporteli

if [[ ${BENCH_SKIP_BUILD:-} != 1 ]]; then
  log "Building Sporteli"
  ./mvnw -q -o install -DskipTests || ./mvnw -q install -DskipTests
fi
log "Building the bench"
(cd bench && ../mvnw -q -o package -DskipTests || ../mvnw -q package -DskipTests)
bench() { java -jar "$root/bench/target/sporteli-bench.jar" "$@" --results "$results"; }
# intake that is not measured (settling, warm-up): RATE SECONDS [OPTION...]
unmeasured() {
  java -jar "$root/bench/target/sporteli-bench.jar" intake --url "$url" --api-key "$api_key" --rate "$1" --seconds "$2" \
    "${@:3}" --results "$run_dir/warmup.jsonl" | tail -2
}

wildfly=$(ls -d config/target/wildfly-* | sort -V | tail -1)
ear=ear/target/sporteli.ear
[[ -d $wildfly && -f $ear ]] || { echo "No provisioned server or EAR: build first" >&2; exit 1; }

# ports clear of another server on this machine (the default 8080/9990 above all)
offset=${SPORTELI_PORT_OFFSET:-500}
while busy $((8080 + offset)) || busy $((9990 + offset)) || busy $((8443 + offset)) || busy $((9993 + offset)) \
  || busy $((8009 + offset)) || busy $((4712 + offset)) || busy $((4713 + offset)) || busy $((3528 + offset)); do
  offset=$((offset + 100))
done
url=http://127.0.0.1:$((8080 + offset))/sporteli
health=http://127.0.0.1:$((9990 + offset))/health/ready
admin_password=Bench-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')
broker_password=Broker-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')

log "Starting Sporteli on PostgreSQL (port offset $offset)"
# the broker's messages and the transaction log of an earlier run refer to another database
rm -rf "$(dirname "$wildfly")/run-base/data"
SPORTELI_DB=postgres SPORTELI_DEMO=false SPORTELI_ADMIN_PASSWORD=$admin_password SPORTELI_PORT_OFFSET=$offset \
  SPORTELI_BROKER_USER=bench SPORTELI_BROKER_PASSWORD=$broker_password \
  SPORTELI_PG_HOST=127.0.0.1 SPORTELI_PG_PORT=$pg_port SPORTELI_PG_DATABASE=sporteli \
  SPORTELI_PG_USER=sporteli SPORTELI_PG_PASSWORD=sporteli \
  setsid bash config/run.sh "$wildfly" "$ear" >"$run_dir/server.out" 2>&1 </dev/null &
server_pid=$!
for _ in $(seq 300); do
  if curl -sf -o /dev/null "$health" && curl -sf -o /dev/null "$url/api/v1/units"; then break; fi
  kill -0 "$server_pid" 2>/dev/null || { tail -40 "$run_dir/server.out" >&2; exit 1; }
  sleep 1
done
curl -sf -o /dev/null "$url/api/v1/units" || { echo "Sporteli did not come up in 5 minutes" >&2; exit 1; }
# the JVM is in the process group (and session) that setsid gave the launcher
jpid=$(pgrep -g "$server_pid" -x java || pgrep -s "$server_pid" -x java || true)
jpid=${jpid%%$'\n'*}
[[ -n $jpid ]] || { echo "Cannot find the server's JVM" >&2; exit 1; }
# the broker journal's timer threads, started with the broker and kept for the server's life; looked up
# once, so that the sampler reads two files instead of forking for each of the server's threads
timer_tasks=$(grep -l '^activemq-buffer' /proc/"$jpid"/task/*/comm 2>/dev/null | xargs -r -n1 dirname || true)

# the server's CPU (from /proc) and heap (from one jstat attached for the whole run), every 2 s. The file is made
# before jstat starts: the sampler's first read could otherwise come before jstat's shell opened it, and fail
: >"$run_dir/jstat.txt"
jstat -gc "$jpid" 2000 >"$run_dir/jstat.txt" 2>/dev/null &
jstat_pid=$!
hz=$(getconf CLK_TCK)
(
  while kill -0 "$jpid" 2>/dev/null; do
    read -r -a stat <"/proc/$jpid/stat"
    heap=$(awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
                $1 ~ /^[0-9.]+$/ { used = $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]; gct = $col["GCT"] }
                END { printf "%.0f %.3f", used, gct }' "$run_dir/jstat.txt")
    # the broker journal's timer threads: a timer that found the kernel late on its first waits spins from then on
    timer=0
    for task in $timer_tasks; do
      read -r -a tstat <"$task/stat" 2>/dev/null && timer=$((timer + tstat[13] + tstat[14]))
    done
    echo "$(date +%s.%N) $((stat[13] + stat[14])) $heap $timer" >>"$run_dir/samples.txt"
    sleep 2
  done
) &
sampler_pid=$!
# one results line per phase: mean and peak CPU (100 = one core), peak heap, GC time
phase() {
  awk -v name="$1" -v from="$2" -v to="$(date +%s)" -v hz="$hz" '
    $1 >= from && $1 <= to && NF >= 4 {
      if (n > 0) { cpu = ($2 - ticks) / hz / ($1 - time) * 100; if (cpu > peak) peak = cpu }
      if (n == 0) { t0 = $1; c0 = $2; g0 = $4; j0 = $5 }
      time = $1; ticks = $2; if ($3 > heap) heap = $3; g1 = $4; j1 = $5; n++
    }
    END {
      if (n < 2) exit
      printf "{\"kind\":\"server\",\"phase\":\"%s\",\"cpuAvgPercent\":%.1f,\"cpuPeakPercent\":%.1f,\"heapPeakMb\":%.0f,\"gcSeconds\":%.2f,\"journalTimerCpuPercent\":%.1f,\"samples\":%d}\n",
        name, (ticks - c0) / hz / (time - t0) * 100, peak, heap / 1024, g1 - g0, (j1 - j0) / hz / (time - t0) * 100, n
    }' "$run_dir/samples.txt" >>"$results"
}
# heap in use right after a full collection: what the server really holds, before and after the load
live_heap_mb() {
  jcmd "$jpid" GC.run >/dev/null
  jstat -gc "$jpid" | awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
    { printf "%.0f", ($col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]) / 1024 }'
}
max_heap=$(jcmd "$jpid" VM.flags 2>/dev/null | tr ' ' '\n' | sed -n 's/^-XX:MaxHeapSize=//p')
max_heap=$(( ${max_heap:-0} / 1024 / 1024 ))M
echo "{\"kind\":\"env\",\"wildfly\":\"${wildfly##*wildfly-}\",\"count\":$count}" >>"$results"

log "Issuing an API key"
cookies=$run_dir/admin.cookies
curl -sf -c "$cookies" "$url/api/v1/session" -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$admin_password\"}" >/dev/null
api_key=$(curl -sf -b "$cookies" "$url/api/v1/api-clients" -H 'Content-Type: application/json' \
  -d '{"name":"Capacity bench","channel":"PORTAL"}' | sed 's/.*"apiKey":"\([^"]*\)".*/\1/')
[[ $api_key == spk_* ]] || { echo "No API key issued" >&2; exit 1; }

# The broker journal's timer judges on its first 20 waits whether the kernel wakes it on time, and if not,
# spins for the rest of the server's life (20-40 % of a core under load). Were those waits to fall in the
# seed, which keeps both cores busy, the run would measure a state a server starting before its first
# requests does not get; so the server takes a trickle of intake first
log "Settling: intake at 10/s for 20 s"
unmeasured 10 20

log "Seeding $count requests"
bench seed --jdbc "$jdbc" --user sporteli --password sporteli --count "$count"

log "Baseline: plain JDBC intakes"
bench baseline --jdbc "$jdbc" --user sporteli --password sporteli --threads 8 --seconds 20

heap_before=$(live_heap_mb)

log "Warm-up: intake at 100/s, then 200/s, for 60 s each (not counted)"
# on two cores the server's compiler needs a couple of minutes of load before the hot paths are compiled;
# the ramp measures the server warm, as it runs all day
unmeasured 100 60
# on a machine that cannot take 200/s the warm-up leaves a backlog in the units' queues, which the ramp's first steps
# would otherwise measure as their own routing time: the last warm-up minute waits (up to a minute) for its tasks
unmeasured 200 60 --jdbc "$jdbc" --user sporteli --password sporteli --drain-seconds 60

log "Intake ramp"
from=$(date +%s)
bench ramp --url "$url" --api-key "$api_key" --rates "$rates" --step-seconds "$step_seconds" \
  --p99-limit-ms "$p99_limit" --drain-seconds 15 --refine true --jdbc "$jdbc" --user sporteli --password sporteli
phase "intake ramp" "$from"

log "Reads"
from=$(date +%s)
bench reads --url "$url" --user admin --password "$admin_password"
phase "reads" "$from"

# before the backlog, which the broker holds partly in memory
echo "{\"kind\":\"heap\",\"beforeMb\":$heap_before,\"afterMb\":$(live_heap_mb),\"max\":\"$max_heap\"}" >>"$results"

log "Emergency routing under a backlog of $backlog messages"
from=$(date +%s)
bench emergency --url "$url" --api-key "$api_key" --broker-user bench --broker-password "$broker_password" \
  --backlog "$backlog" --jdbc "$jdbc" --user sporteli --password sporteli \
  --jboss-cli "$root/$wildfly/bin/jboss-cli.sh" --controller "127.0.0.1:$((9990 + offset))"
phase "emergency" "$from"

log "Report"
bench report --out "$root/bench/RESULTS.md"

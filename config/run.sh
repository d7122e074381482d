#!/usr/bin/env bash
# Runs Sporteli in the foreground on the provisioned WildFly until Ctrl-C.
# Usage: run.sh WILDFLY_HOME EAR
# The run gets its own server base (config/target/run-base), so it never shares deployments or
# data with the test runs; its Artemis journal and logs survive restarts, its configuration is
# refreshed from the provisioned standalone-sporteli.xml each time. The access-code keys live beside
# the embedded database (SPORTELI_DATA), so that the receipts of a kept database open after a rebuild.
set -euo pipefail

home=$1
ear=$2
base=$(cd "$home/.." && pwd)/run-base

mkdir -p "$base/deployments" "$base/data" "$base/log"
rm -rf "$base/configuration" "$base/tmp" "$base"/deployments/*
cp -r "$home/standalone/configuration" "$base/configuration"
cp "$ear" "$base/deployments/sporteli.ear"
# A broker account for a client outside the server (another system, the capacity bench), only when
# asked for: it may send to and read from every queue, so it lives in this run's copy only
if [[ -n ${SPORTELI_BROKER_USER:-} ]]; then
  "$home/bin/add-user.sh" -a -sc "$base/configuration" -u "$SPORTELI_BROKER_USER" -p "${SPORTELI_BROKER_PASSWORD:?SPORTELI_BROKER_PASSWORD is needed with SPORTELI_BROKER_USER}" -g guest -s
fi

offset=${SPORTELI_PORT_OFFSET:-0}
cat <<TXT

  Sporteli is starting (database: ${SPORTELI_DB:-h2}, data: ${SPORTELI_DATA:-$HOME/.sporteli/data}).
  When the log says "Sporteli is up", open:
    back office   http://localhost:$((8080 + offset))/sporteli/
    operations    http://localhost:$((8080 + offset))/sporteli/operations/board.xhtml
    REST API      http://localhost:$((8080 + offset))/sporteli/api/v1/units
    OpenAPI       http://localhost:$((8080 + offset))/openapi
    Open311       http://localhost:$((8080 + offset))/sporteli/open311/v2/discovery.json
    health        http://localhost:$((9990 + offset))/health
    management    $home/bin/jboss-cli.sh -c --controller=localhost:$((9990 + offset))
  Stop with Ctrl-C.

TXT
exec "$home/bin/standalone.sh" -c standalone-sporteli.xml \
  -Djboss.server.base.dir="$base" \
  -Djboss.socket.binding.port-offset="$offset" \
  -Dsporteli.demo="${SPORTELI_DEMO:-true}" \
  -Dsporteli.access-code.keys="${SPORTELI_DATA:-$HOME/.sporteli/data}/access-code.keys"

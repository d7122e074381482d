#!/usr/bin/env bash
# Applies the configure-*.cli scripts, offline, to a fresh copy of WildFly's full profile.
# Usage: provision.sh WILDFLY_HOME MODULE_JARS_DIR
# The result is standalone/configuration/standalone-sporteli.xml plus the modules it needs.
# It runs again only when a script changed, so that the inner build loop stays fast.
set -euo pipefail

home=$1
jars=$2
here=$(cd "$(dirname "$0")" && pwd)
target_config="$home/standalone/configuration/standalone-sporteli.xml"
stamp="$home/.sporteli-configured"

# The order matters: modules before the datasources that use them.
scripts=(configure-modules.cli configure-server.cli configure-datasources.cli configure-messaging.cli configure-health.cli configure-openapi.cli configure-security.cli)

if [[ -f $stamp && -f $target_config ]]; then
  stale=0
  for s in "${scripts[@]}" provision.sh; do
    [[ $here/$s -nt $stamp ]] && stale=1
  done
  # a module jar changed since (a new EclipseLink or driver version) must reach the server too
  for j in "$jars"/*.jar; do
    [[ $j -nt $stamp ]] && stale=1
  done
  if [[ $stale == 0 ]]; then
    echo "WildFly at $home is configured and up to date"
    exit 0
  fi
fi

# Start from the pristine full profile and no custom modules, so every run gives the same server.
cp "$home/standalone/configuration/standalone-full.xml" "$target_config"
rm -rf "$home/modules/org" "$home/standalone/data" "$home/standalone/tmp"
cp "$home"/modules/system/layers/base/org/eclipse/persistence/main/jipijapa-eclipselink-*.jar "$jars/jipijapa-eclipselink.jar"

cli_file=$(mktemp)
trap 'rm -f "$cli_file"' EXIT
{
  echo "set moduleJars=$jars"
  echo "embed-server --server-config=standalone-sporteli.xml --std-out=discard"
  for s in "${scripts[@]}"; do
    cat "$here/$s"
    echo
  done
  echo "stop-embedded-server"
} >"$cli_file"

JBOSS_HOME="$home" "$home/bin/jboss-cli.sh" --file="$cli_file"
touch "$stamp"
echo "WildFly at $home configured: standalone-sporteli.xml"

#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the tests, the capacity bench and the reliability checks, from Debian's binaries.
#   postgres.sh start DIR PORT [durable]
#                                creates and starts a cluster in DIR, with database and role "sporteli"; durable keeps
#                                production's settings for commits (each one flushed to disk before it returns), which
#                                the capacity bench and the reliability checks measure, where the tests spare the disk
#   postgres.sh stop DIR         stops it
#   postgres.sh port FROM        prints the first port from FROM that nothing listens on
# PostgreSQL refuses to run as root, so the cluster belongs to the postgres user.
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_postgres() { runuser -u postgres -- "$@"; }

case $1 in
  start)
    dir=$2 port=$3 durable=${4:-}
    mkdir -p "$dir"
    chown postgres:postgres "$dir"
    as_postgres "$bin/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
      --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    # No prepared transactions (max_prepared_transactions stays 0): the datasource is a local one, and a two-phase commit
    # that ever reached PostgreSQL should fail the tests
    cat >>"$dir/data/postgresql.conf" <<CONF
port = $port
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
max_connections = 100
CONF
    if [[ $durable == durable ]]; then
      # PostgreSQL's own defaults for commits; checkpoints spaced as a production server's are, so that a bulk load does
      # not force one every few seconds (each checkpoint makes the next write of every page log the whole page)
      echo "max_wal_size = 4GB" >>"$dir/data/postgresql.conf"
    else
      # durability is pointless for a test cluster
      printf '%s\n' "fsync = off" "synchronous_commit = off" "full_page_writes = off" >>"$dir/data/postgresql.conf"
    fi
    if ! as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w start >/dev/null; then
      cat "$dir/server.log" >&2
      exit 1
    fi
    as_postgres "$bin/psql" -h "$dir" -p "$port" -U postgres -v ON_ERROR_STOP=1 -q <<SQL
CREATE ROLE sporteli LOGIN PASSWORD 'sporteli';
CREATE DATABASE sporteli OWNER sporteli ENCODING 'UTF8';
SQL
    echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') running on 127.0.0.1:$port (data in $dir)"
    ;;
  stop)
    dir=$2
    [[ -d $dir/data ]] && as_postgres "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    ;;
  port)
    # Callers start below the kernel's ephemeral ports (32768 and up): a client connection may hold one of those as its
    # local port without listening, which this check cannot see, and PostgreSQL would then fail to bind
    port=$2
    while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
    echo "$port"
    ;;
  *)
    echo "usage: $0 start DIR PORT [durable] | stop DIR | port FROM" >&2
    exit 2
    ;;
esac

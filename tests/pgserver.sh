#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on 127.0.0.1 for the team-mode tests.
#
#   eval "$(tests/pgserver.sh start DIR)"   # exports KPIDESK_TEST_PG=postgresql://...
#   tests/pgserver.sh stop DIR              # stops the server and removes DIR
#
# Uses the Debian binaries (/usr/lib/postgresql/*/bin, or initdb on PATH). initdb
# refuses to run as root, so as root the cluster belongs to the `postgres` OS user.
# It listens on 127.0.0.1 only, with passwords; its superuser is `kpidesk_admin`.
set -euo pipefail

command=${1:-}
dir=${2:-}
if [[ -z "$command" || -z "$dir" ]]; then
    echo "usage: $0 start|stop DIR" >&2
    exit 2
fi

bindir=""
for candidate in /usr/lib/postgresql/*/bin; do
    [[ -x "$candidate/initdb" ]] && bindir=$candidate
done
if [[ -z "$bindir" ]]; then
    initdb_path=$(command -v initdb || true)
    [[ -n "$initdb_path" ]] && bindir=$(dirname "$initdb_path")
fi
if [[ -z "$bindir" ]]; then
    echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2
    exit 1
fi

as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "$command" in
start)
    mkdir -p "$dir"
    [[ $(id -u) -eq 0 ]] && chown postgres "$dir"
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    password=$(python3 -c 'import secrets; print(secrets.token_hex(12))')
    echo "$password" >"$dir/pwfile"
    [[ $(id -u) -eq 0 ]] && chown postgres "$dir/pwfile"
    # Passwords over TCP (as the app's users log in); the socket in DIR trusts its owner.
    as_owner "$bindir/initdb" -D "$dir/data" -U kpidesk_admin --pwfile="$dir/pwfile" \
        --auth-local=trust --auth-host=scram-sha-256 \
        --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; exit 1; }
    # Throwaway: no fsync, a socket in DIR (not /var/run), loopback TCP only.
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off \
            -c synchronous_commit=off -c full_page_writes=off -c max_connections=100" \
        start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    rm -f "$dir/pwfile"
    echo "export KPIDESK_TEST_PG=postgresql://kpidesk_admin:$password@127.0.0.1:$port/postgres"
    ;;
stop)
    if [[ -f "$dir/data/postmaster.pid" ]]; then
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac

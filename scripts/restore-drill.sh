#!/usr/bin/env bash
# Backup and restore drill (docs/operations.md, "Backups and the restore drill").
#
#   scripts/restore-drill.sh                          a self-contained drill on a private PostgreSQL
#   scripts/restore-drill.sh --base DIR --archive DIR  restores the site's own base backup and WAL archive
#
# Self-contained: starts a private PostgreSQL (initdb in a temporary folder, a free port on 127.0.0.1; the machine's
# own server is never touched) with WAL archiving on, writes rows, takes a base backup with pg_basebackup, writes more
# rows after it, archives the WAL, then throws the server away and restores the backup plus the archived WAL into a
# new folder, as after losing the database host. It passes when the restored server has every committed row, the
# ones written after the base backup included (they exist only in the archived WAL).
#
# With --base and --archive it restores a site's base backup (a plain-format pg_basebackup folder) and replays its WAL
# archive into a temporary server, then prints what the restored ePMA database holds (latest administration and
# audit entry, outbox rows waiting): the numbers to compare with the live system's at the time of the backup.
#
# PG_BIN (/usr/lib/postgresql/15/bin) names the PostgreSQL programs. Run as root, the servers run as user postgres.
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
BASE=""
ARCHIVE=""
while [ $# -gt 0 ]; do
  case "$1" in
    --base) BASE=$2; shift 2 ;;
    --archive) ARCHIVE=$2; shift 2 ;;
    *) echo "usage: $0 [--base DIR --archive DIR]" >&2; exit 2 ;;
  esac
done
for program in initdb pg_ctl pg_basebackup pg_verifybackup psql; do
  [ -x "$PG_BIN/$program" ] || { echo "no $PG_BIN/$program: set PG_BIN to the PostgreSQL 15+ programs' folder" >&2; exit 2; }
done

WORK=$(mktemp -d /tmp/epma-restore-drill.XXXXXX)
chmod 700 "$WORK"
AS=()
if [ "$(id -u)" = 0 ]; then
  chown postgres "$WORK"
  AS=(runuser -u postgres --)
fi
pg() { "${AS[@]}" "$PG_BIN/$1" "${@:2}"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
sql() { local port=$1; shift; pg psql -X -q -t -A -h "$WORK" -p "$port" -U postgres -d "${DB:-postgres}" -v ON_ERROR_STOP=1 -c "$*"; }
start() {
  pg pg_ctl -D "$1" -l "$1.log" -w -t 120 -o "-p $2 -c listen_addresses=127.0.0.1 -c unix_socket_directories=$WORK" start >/dev/null && return 0
  echo "the server in $1 did not start; the end of its log:" >&2
  tail -n 20 "$1.log" >&2
  return 1
}
await_promoted() {
  for _ in $(seq 1 120); do
    [ "$(sql "$1" 'select pg_is_in_recovery()' 2>/dev/null || echo t)" = f ] && return 0
    sleep 1
  done
  echo "the restored server did not finish recovery; see $2.log" >&2
  return 1
}
STARTED=()
cleanup() {
  for dir in "${STARTED[@]}"; do pg pg_ctl -D "$dir" -m immediate stop >/dev/null 2>&1 || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

restore_into() { # base-backup-folder archive-folder target-folder port
  cp -a "$1" "$3"
  rm -f "$3/postmaster.pid" "$3/postmaster.opts"
  # a Debian-style server keeps its configuration outside the data folder, so its backup has none: the drill's copy
  # then takes connections from this machine's postgres user only
  [ -f "$3/postgresql.conf" ] || touch "$3/postgresql.conf"
  [ -f "$3/pg_hba.conf" ] || echo "local all postgres peer" > "$3/pg_hba.conf"
  [ "$(id -u)" = 0 ] && chown -R postgres "$3"
  cat >> "$3/postgresql.auto.conf" <<EOF
restore_command = 'cp $2/%f %p'
recovery_target_action = 'promote'
archive_mode = off
EOF
  "${AS[@]}" touch "$3/recovery.signal"
  start "$3" "$4"
  STARTED+=("$3")
  await_promoted "$4" "$3"
}

if [ -n "$BASE" ]; then
  [ -n "$ARCHIVE" ] || { echo "--base needs --archive" >&2; exit 2; }
  [ "$(id -u)" = 0 ] && chmod o+rx "$(realpath "$ARCHIVE")"
  PORT=$(free_port)
  echo "Restoring $BASE with the WAL in $ARCHIVE on 127.0.0.1:$PORT"
  restore_into "$(realpath "$BASE")" "$(realpath "$ARCHIVE")" "$WORK/restored" "$PORT"
  DB=${EPMA_DB_NAME:-epma}
  echo "Restored database $DB:"
  DB=$DB sql "$PORT" "select 'administrations ' || count(*) || ', latest recorded ' || coalesce(max(recorded_at)::text, '-') from administration"
  DB=$DB sql "$PORT" "select 'audit entries ' || count(*) || ', latest ' || coalesce(max(occurred_at)::text, '-') from audit_entry"
  DB=$DB sql "$PORT" "select 'outbox messages waiting ' || count(*) from outbox_message where status = 'PENDING'"
  echo "Compare with the live system at the time of the backup, then check the audit chain against the restored copy."
  exit 0
fi

PRIMARY="$WORK/primary"
BACKUP="$WORK/base-backup"
WAL_ARCHIVE="$WORK/wal-archive"
"${AS[@]}" mkdir "$WAL_ARCHIVE"
pg initdb -D "$PRIMARY" -U postgres --auth=trust >/dev/null
cat >> "$PRIMARY/postgresql.conf" <<EOF
wal_level = replica
archive_mode = on
archive_command = 'test ! -f $WAL_ARCHIVE/%f && cp %p $WAL_ARCHIVE/%f.part && sync $WAL_ARCHIVE/%f.part && mv $WAL_ARCHIVE/%f.part $WAL_ARCHIVE/%f'
fsync = on
EOF
PORT=$(free_port)
start "$PRIMARY" "$PORT"
STARTED+=("$PRIMARY")
echo "Private PostgreSQL on 127.0.0.1:$PORT ($PRIMARY), archiving WAL to $WAL_ARCHIVE"

sql "$PORT" "create table drill (id bigserial primary key, phase text not null, at timestamptz not null default now())"
sql "$PORT" "insert into drill (phase) select 'before the base backup' from generate_series(1, 1000)"
pg pg_basebackup -h "$WORK" -p "$PORT" -U postgres -D "$BACKUP" -c fast -X stream
pg pg_verifybackup -q "$BACKUP"
echo "Base backup taken and verified (pg_verifybackup): $BACKUP"
sql "$PORT" "insert into drill (phase) select 'after the base backup' from generate_series(1, 500)"
EXPECTED=$(sql "$PORT" "select count(*) || ' rows, ' || md5(string_agg(id || phase, ',' order by id)) from drill")
LAST_WAL=$(sql "$PORT" "select pg_walfile_name(pg_switch_wal())")
for _ in $(seq 1 60); do
  [ -f "$WAL_ARCHIVE/$LAST_WAL" ] && break
  sleep 1
done
[ -f "$WAL_ARCHIVE/$LAST_WAL" ] || { echo "WAL segment $LAST_WAL was not archived; the end of the primary's log:" >&2; tail -n 20 "$PRIMARY.log" >&2; exit 1; }
echo "Primary holds $EXPECTED; WAL up to $LAST_WAL archived"

pg pg_ctl -D "$PRIMARY" -m immediate stop >/dev/null
echo "Primary stopped without a clean shutdown and no longer used (the database host is lost)"

RESTORED_PORT=$(free_port)
restore_into "$BACKUP" "$WAL_ARCHIVE" "$WORK/restored" "$RESTORED_PORT"
ACTUAL=$(sql "$RESTORED_PORT" "select count(*) || ' rows, ' || md5(string_agg(id || phase, ',' order by id)) from drill")
AFTER=$(sql "$RESTORED_PORT" "select count(*) from drill where phase = 'after the base backup'")
echo "Restored server on 127.0.0.1:$RESTORED_PORT holds $ACTUAL ($AFTER of them written after the base backup, replayed from the archive)"
if [ "$ACTUAL" = "$EXPECTED" ] && [ "$AFTER" = 500 ]; then
  echo "restore drill passed"
else
  echo "restore drill FAILED: expected $EXPECTED" >&2
  exit 1
fi

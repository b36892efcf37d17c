#!/usr/bin/env bash
# Stops the private Dovecot started by start.sh DIR (its master and every child process).
set -euo pipefail
dir=$1
[ -f "$dir/run/master.pid" ] || exit 0
doveadm -c "$dir/dovecot.conf" stop 2>/dev/null || kill "$(cat "$dir/run/master.pid")" 2>/dev/null || true
for _ in $(seq 1 50); do
  [ -f "$dir/run/master.pid" ] && kill -0 "$(cat "$dir/run/master.pid")" 2>/dev/null || exit 0
  sleep 0.1
done

#!/usr/bin/env bash
# Stops the Kannel that start.sh started in KANNEL_RUN_DIR, by its recorded PIDs only (each checked
# against its command line): SIGTERM, then SIGKILL after 10 s.
set -uo pipefail
RUN_DIR="${KANNEL_RUN_DIR:?set KANNEL_RUN_DIR to the directory start.sh printed}"
now_ms() { date +%s%3N; }
alive() { # exists and is not a zombie waiting to be reaped
  kill -0 "$1" 2>/dev/null && [ "$(ps -o stat= -p "$1" | cut -c1)" != Z ]
}
stop_box() { # name command-line-substring
  local f="$RUN_DIR/$1.pid" pid t0
  [ -f "$f" ] || return 0
  pid=$(cat "$f")
  if alive "$pid" && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q -- "$2"; then
    t0=$(now_ms)
    kill -TERM "$pid"
    while alive "$pid"; do
      if (($(now_ms) - t0 > 10000)); then kill -KILL "$pid" 2>/dev/null; fi
      sleep 0.05
    done
  fi
  rm -f "$f"
}
stop_box smsbox /usr/sbin/smsbox
stop_box bearerbox /usr/sbin/bearerbox
stop_box fakesmsc fakesmsc # usually gone already: it exits when bearerbox closes its link
rm -f "$RUN_DIR/mo.fifo"

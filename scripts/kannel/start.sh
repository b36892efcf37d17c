#!/usr/bin/env bash
# Starts a private Kannel (bearerbox, the fake SMSC, smsbox) without systemd, as root or not.
# Everything is configured by environment (defaults in brackets):
#   KANNEL_RUN_DIR      where the config, logs, PIDs and the inbound FIFO go [a new temp dir]
#   KANNEL_ADMIN_PORT   admin/status HTTP [13100]     KANNEL_BOX_PORT     smsbox link [13101]
#   KANNEL_SENDSMS_PORT sendsms HTTP [13113]          KANNEL_SMSC_PORT    fake SMSC [13110]
#   KANNEL_USER / KANNEL_PASSWORD  sendsms credentials [dealfloor / dealfloor-dev]
#   KANNEL_SENDER       default From [12345]
#   KANNEL_INBOUND_URL  get-url for inbound SMS, with %p %P %a [http://127.0.0.1:3000/api/sms/inbound?…]
# Prints KEY=VALUE lines on stdout (KANNEL_RUN_DIR, SMS_GATEWAY_URL, KANNEL_MO_FIFO); progress on stderr.
# Inbound SMS: write "SENDER RECEIVER text MESSAGE" lines into $KANNEL_RUN_DIR/mo.fifo (~0.2 s apart).
# Stop with: KANNEL_RUN_DIR=… scripts/kannel/stop.sh
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
FAKESMSC=/usr/lib/kannel/test/fakesmsc
for b in /usr/sbin/bearerbox /usr/sbin/smsbox "$FAKESMSC"; do
  if [ ! -x "$b" ]; then
    echo "Kannel is not installed ($b is missing): run scripts/ci/install-kannel.sh (apt-get install kannel kannel-extras)" >&2
    exit 2
  fi
done

RUN_DIR="${KANNEL_RUN_DIR:-$(mktemp -d -t dealfloor-kannel.XXXXXX)}"
ADMIN_PORT="${KANNEL_ADMIN_PORT:-13100}"
BOX_PORT="${KANNEL_BOX_PORT:-13101}"
SMSC_PORT="${KANNEL_SMSC_PORT:-13110}"
SENDSMS_PORT="${KANNEL_SENDSMS_PORT:-13113}"
SEND_USER="${KANNEL_USER:-dealfloor}"
SEND_PASSWORD="${KANNEL_PASSWORD:-dealfloor-dev}"
SENDER="${KANNEL_SENDER:-12345}"
INBOUND_URL="${KANNEL_INBOUND_URL:-http://127.0.0.1:3000/api/sms/inbound?secret=change-me&from=%p&to=%P&text=%a}"
STATUS_PASSWORD="status-$$"

for p in "$ADMIN_PORT" "$BOX_PORT" "$SMSC_PORT" "$SENDSMS_PORT"; do
  if ss -Hltn "sport = :$p" 2>/dev/null | grep -q .; then
    echo "port $p is already in use (another Kannel, or Debian's kannel service: /etc/init.d/kannel stop)" >&2
    exit 1
  fi
done

mkdir -p "$RUN_DIR"
cd "$RUN_DIR" # log paths in the config are relative to the working directory
# sed replacement: escape \, & and the | delimiter in the values.
esc() { printf '%s' "$1" | sed -e 's/[\\&|]/\\&/g'; }
sed -e "s|@ADMIN_PORT@|$ADMIN_PORT|" -e "s|@BOX_PORT@|$BOX_PORT|g" -e "s|@SMSC_PORT@|$SMSC_PORT|" \
  -e "s|@SENDSMS_PORT@|$SENDSMS_PORT|" -e "s|@ADMIN_PASSWORD@|admin-$$|" \
  -e "s|@STATUS_PASSWORD@|$STATUS_PASSWORD|" -e "s|@SEND_USER@|$(esc "$SEND_USER")|" \
  -e "s|@SEND_PASSWORD@|$(esc "$SEND_PASSWORD")|" -e "s|@DEFAULT_SENDER@|$(esc "$SENDER")|" \
  -e "s|@INBOUND_URL@|$(esc "$INBOUND_URL")|" "$HERE/kannel.conf.template" > kannel.conf

STATUS_URL="http://127.0.0.1:$ADMIN_PORT/status.txt?password=$STATUS_PASSWORD"
now_ms() { date +%s%3N; }
# Readiness is read from bearerbox's status page; a raw connect to the SMSC port would itself
# become a (broken) fake-SMSC client.
wait_until() { # what pid timeout_s command...
  local what=$1 pid=$2 limit=$3 t0
  shift 3
  t0=$(now_ms)
  until "$@" >/dev/null 2>&1; do
    if ! kill -0 "$pid" 2>/dev/null || (($(now_ms) - t0 > limit * 1000)); then
      echo "Kannel: $what did not start; logs in $RUN_DIR:" >&2
      tail -n 5 "$RUN_DIR"/*.stderr "$RUN_DIR"/*.log >&2 2>/dev/null || true
      "$HERE/stop.sh" >&2 || true
      return 1
    fi
    sleep 0.05
  done
  echo "Kannel: $what ready in $(($(now_ms) - t0)) ms" >&2
}
status_shows() { curl -sf "$STATUS_URL" | grep -qE "$1"; }
export KANNEL_RUN_DIR="$RUN_DIR"

/usr/sbin/bearerbox -v 1 "$RUN_DIR/kannel.conf" >bearerbox.stderr 2>&1 &
echo $! >bearerbox.pid
wait_until bearerbox "$(cat bearerbox.pid)" 15 status_shows '^Status: running'

# fakesmsc without message arguments reads inbound lines from stdin and exits at EOF, so its stdin
# is a FIFO opened read-write: it never sees EOF, and writers never block.
rm -f mo.fifo
mkfifo mo.fifo
"$FAKESMSC" -H 127.0.0.1 -r "$SMSC_PORT" -i 0 -v 0 0<>mo.fifo >fakesmsc.log 2>&1 &
echo $! >fakesmsc.pid
wait_until "fake SMSC" "$(cat fakesmsc.pid)" 15 status_shows "FAKE:$SMSC_PORT \\(online"

/usr/sbin/smsbox -v 1 "$RUN_DIR/kannel.conf" >smsbox.stderr 2>&1 &
echo $! >smsbox.pid
wait_until smsbox "$(cat smsbox.pid)" 15 status_shows 'smsbox:.*on-line'
sendsms_answers() { [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$SENDSMS_PORT/cgi-bin/sendsms")" = 403 ]; }
wait_until sendsms "$(cat smsbox.pid)" 15 sendsms_answers

enc() { node -e 'process.stdout.write(encodeURIComponent(process.argv[1]))' "$1"; }
echo "KANNEL_RUN_DIR=$RUN_DIR"
echo "KANNEL_MO_FIFO=$RUN_DIR/mo.fifo"
echo "SMS_GATEWAY_URL=http://$(enc "$SEND_USER"):$(enc "$SEND_PASSWORD")@127.0.0.1:$SENDSMS_PORT/cgi-bin/sendsms"

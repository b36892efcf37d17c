#!/usr/bin/env bash
# Starts a private Dovecot (IMAP + LMTP on 127.0.0.1) whose every file lives under DIR.
# Usage: scripts/dovecot/start.sh DIR IMAP_PORT LMTP_PORT USER PASSWORD
# Stop it with scripts/dovecot/stop.sh DIR. Needs root (Dovecot drops to vmail for mail and to
# dovecot for auth) and Debian's dovecot-imapd + dovecot-lmtpd (scripts/ci/install-dovecot.sh).
set -euo pipefail
dir=$1 imap_port=$2 lmtp_port=$3 user=$4 pass=$5
here=$(cd "$(dirname "$0")" && pwd)

command -v dovecot >/dev/null || {
  echo "dovecot is not installed: run scripts/ci/install-dovecot.sh (Debian dovecot-imapd, dovecot-lmtpd)" >&2
  exit 1
}
id vmail >/dev/null 2>&1 || useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin vmail

mkdir -p "$dir/mail"
# auth runs as the dovecot user and mail as vmail: both must reach into DIR (often a 0700 mkdtemp)
chmod 0755 "$dir"
sed -e "s#@DIR@#$dir#g" -e "s#@IMAP_PORT@#$imap_port#g" -e "s#@LMTP_PORT@#$lmtp_port#g" \
  "$here/dovecot.conf.template" >"$dir/dovecot.conf"
printf '%s:{PLAIN}%s::::::\n' "$user" "$pass" >"$dir/users"
chgrp dovecot "$dir/users" && chmod 0640 "$dir/users"
chown vmail:vmail "$dir/mail"

# Daemonizes (the master's pid is in $dir/run/master.pid). Its stdio is detached, else a caller
# reading this script's output (execFile) waits for the daemon to exit.
dovecot -c "$dir/dovecot.conf" </dev/null >/dev/null 2>&1
for _ in $(seq 1 100); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$imap_port") 2>/dev/null && (exec 3<>"/dev/tcp/127.0.0.1/$lmtp_port") 2>/dev/null; then
    exit 0
  fi
  sleep 0.1
done
echo "dovecot did not listen on 127.0.0.1:$imap_port/$lmtp_port within 10 s; log:" >&2
tail -20 "$dir/dovecot.log" >&2 || true
exit 1

#!/usr/bin/env bash
# Debian's Dovecot (IMAP + LMTP) for the e-mail-in tests, which start a private instance of it per
# test file (scripts/dovecot/start.sh). Idempotent: does nothing when it is already there. The
# package's own system instance is not started where policy-rc.d forbids it (containers); elsewhere
# it is stopped and disabled so it holds no ports.
set -euo pipefail
if ! command -v dovecot >/dev/null 2>&1 || [ ! -x /usr/lib/dovecot/imap ] || [ ! -x /usr/lib/dovecot/lmtp ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends dovecot-imapd dovecot-lmtpd >/dev/null
  if [ -x /etc/init.d/dovecot ] && [ ! -x /usr/sbin/policy-rc.d ]; then
    /etc/init.d/dovecot stop >/dev/null 2>&1 || true
    update-rc.d dovecot disable >/dev/null 2>&1 || true
  fi
fi
id vmail >/dev/null 2>&1 || useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin vmail

#!/usr/bin/env bash
# The SMS tests talk to a real Kannel (bearerbox + smsbox + the fake SMSC from kannel-extras).
# Installs Debian's packages when they are missing; does nothing when they are there.
set -euo pipefail
if [ -x /usr/sbin/bearerbox ] && [ -x /usr/sbin/smsbox ] && [ -x /usr/lib/kannel/test/fakesmsc ]; then
  exit 0
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq kannel kannel-extras >/dev/null
# The package's SysV service (admin port 13000, run as user kannel) is not used: tests start their own.

#!/usr/bin/env bash
# Installs what `make test` needs beyond the .NET SDK, from Debian's packages, only when it is missing.
set -euo pipefail
missing=()
command -v npm >/dev/null 2>&1 || missing+=(npm)
# The integration tests run a private node from the package's binaries (scripts/rabbitmq-node.sh).
[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || missing+=(rabbitmq-server)
# The store conformance and two-replica tests run a private PostgreSQL 15 server (scripts/postgres-node.sh).
[ -x /usr/lib/postgresql/15/bin/postgres ] || missing+=(postgresql)
# The weekdate page is screenshotted in headless Chromium (Debian's package; playwright never downloads a browser).
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "Need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
echo "Installing from Debian: ${missing[*]}"
# rabbitmq-server's and postgresql's postinst start the system service, which we never use (and which fails without an init
# system): a policy-rc.d that forbids starting services keeps the install from starting or failing on it.
policy=/usr/sbin/policy-rc.d
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null
  $sudo chmod +x "$policy"
  trap '$sudo rm -f "$policy"' EXIT
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"

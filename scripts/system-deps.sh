#!/usr/bin/env bash
# Debian packages the tests drive for real: Chromium (browser tests), PostgreSQL (bank tests),
# Redis (the task queue of ingest workers) and PHP (Moodle's own import code in
# /work/shared/moodle-import, export tests).
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
command -v wrk >/dev/null 2>&1 || need+=(wrk)
php -r 'exit(extension_loaded("xml") && extension_loaded("mbstring") ? 0 : 1);' 2>/dev/null || need+=(php-cli php-xml php-mbstring)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing Debian packages: ${need[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

#!/usr/bin/env bash
# Installs the Debian packages the test suite and the benchmark use, when they are missing:
# Chromium (browser tests, PDF), PostgreSQL (scale-out tests), poppler-utils (PDF text),
# and the peer tools the comparisons run (sslscan, testssl.sh, nmap, GNU time).
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || need+=(postgresql)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v sslscan >/dev/null 2>&1 || need+=(sslscan)
command -v testssl >/dev/null 2>&1 || command -v testssl.sh >/dev/null 2>&1 || need+=(testssl.sh)
command -v nmap >/dev/null 2>&1 || need+=(nmap)
[ -x /usr/bin/time ] || need+=(time)
fc-list 2>/dev/null | grep -qi "noto sans cjk" || need+=(fonts-noto-cjk)

if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Missing system packages: ${need[*]}. Install them with: sudo apt-get install -y ${need[*]}" >&2
  exit 1
fi
echo "Installing system packages: ${need[*]}" >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null

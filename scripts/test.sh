#!/usr/bin/env bash
# The whole test suite: lint, format, typecheck, unit + integration tests, then the UI end-to-end
# tests in Chromium. Installs missing Debian packages (as root) and starts a throw-away
# PostgreSQL on loopback so the scale-out tests run against a real server.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/system-deps.sh
npm run lint
npm run format:check
npm run typecheck

# The script prints HARBOURSCAN_TEST_DATABASE_URL=…; `export` (not eval) hands it to vitest.
# Its folder is pinned first: TMPDIR changes below, and `stop` must find the same cluster.
export HARBOURSCAN_PG_DIR="${HARBOURSCAN_PG_DIR:-${TMPDIR:-/tmp}/harbourscan-pg}"
export "$(bash scripts/postgres.sh start)"

# Everything the tests put in the temp folder (range CA files, fixtures, saved scans) goes into one
# folder for this run, removed at the end: a test process that is killed cannot clean up after
# itself, and its leftovers must not pile up on the machine.
# (The range's slow, reusable files stay in the machine's temp folder: test/range/cache-dir.ts.)
export HARBOURSCAN_TEST_CACHE_DIR="${TMPDIR:-/tmp}"
RUN_TMP="$(mktemp -d "${TMPDIR:-/tmp}/harbourscan-test-XXXXXX")"
trap 'bash scripts/postgres.sh stop >/dev/null 2>&1 || true; rm -rf "$RUN_TMP"' EXIT
export TMPDIR="$RUN_TMP"

npx vitest run
npm run test:e2e

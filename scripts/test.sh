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
export "$(bash scripts/postgres.sh start)"
trap 'bash scripts/postgres.sh stop >/dev/null 2>&1 || true' EXIT

npx vitest run
npm run test:e2e

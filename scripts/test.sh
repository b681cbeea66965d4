#!/usr/bin/env bash
# The whole test suite: lint, format, typecheck, unit + integration + e2e tests.
# Installs missing system packages (as root) and starts a throw-away PostgreSQL on loopback.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/system-deps.sh
npm run lint
npm run format:check
npm run typecheck

if [ -f scripts/postgres.sh ]; then
  eval "$(bash scripts/postgres.sh start)"
  trap 'bash scripts/postgres.sh stop >/dev/null 2>&1 || true' EXIT
fi

npx vitest run
if [ -f vitest.e2e.config.ts ]; then
  npm run build --if-present
  npx vitest run --config vitest.e2e.config.ts
fi

#!/usr/bin/env bash
# Installs the runtime dependencies of a staged or built tree (DIR, default: this checkout): no TypeScript,
# Jest or esbuild. Run where the tree will run; then start it with `node dist/src/server/main.js`.
# Used by the Dockerfile's runtime stage and by the production-install test.
set -euo pipefail
cd "${1:-$(dirname "$0")/..}"

[ -f dist/src/server/main.js ] || { echo "dist/ is missing: build first (npm ci && npm run build)" >&2; exit 1; }
npm ci --omit=dev --no-audit --no-fund
if [ -e node_modules/typescript ]; then
  echo "node_modules/typescript is present: this is not a production install" >&2
  exit 1
fi
echo "production install ready: node dist/src/server/main.js"

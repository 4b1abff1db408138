#!/usr/bin/env bash
# Copies what the server needs at run time from a built tree (after `npm ci`, which builds) into DEST:
# the build, the data it loads and the lockfile, and nothing else. Then `scripts/install-production.sh DEST`.
# Used by the Dockerfile's build stage and by the production-install test.
set -euo pipefail
dest=${1:?usage: scripts/stage-runtime.sh DEST}
cd "$(dirname "$0")/.."

[ -f dist/src/server/main.js ] || { echo "dist/ is missing: run \`npm ci\` (or \`npm run build\`) first" >&2; exit 1; }

# Every file or folder the server reads at run time.
RUNTIME=(package.json package-lock.json scripts/prepare.mjs scripts/install-production.sh dist/src dist/public dist/admin dist/model content intents public migrations)

mkdir -p "$dest"
for path in "${RUNTIME[@]}"; do
  mkdir -p "$dest/$(dirname "$path")"
  cp -R "$path" "$dest/$path"
done
echo "runtime files staged in $dest"

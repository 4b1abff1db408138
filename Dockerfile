# Two stages: `build` installs everything, compiles, stages the runtime files and installs their production
# dependencies (no TypeScript, Jest or esbuild) with the same scripts CI runs; the runtime image gets only that.
# Build and run: see README, "Production". Start with `docker run --init` (or compose's `init: true`).

# The full image has the compiler better-sqlite3's native module may need; the runtime image is the same Debian.
FROM node:20-bookworm AS build
WORKDIR /src
COPY . .
# npm ci runs `prepare`, which builds dist/.
RUN npm ci --no-audit --no-fund \
 && scripts/stage-runtime.sh /runtime \
 && scripts/install-production.sh /runtime

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /runtime ./
# Files stay root-owned and read-only to the process; it writes only the SQLite question log (DATA_DIR).
RUN mkdir -p data && chown node:node data
VOLUME /app/data
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 CMD ["node", "dist/src/server/healthcheck.js"]
# node itself, not npm (npm exits 143 on SIGTERM and hides the server's own graceful shutdown).
CMD ["node", "dist/src/server/main.js"]

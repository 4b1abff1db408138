# Two stages: `build` installs everything and compiles; the runtime image gets only the build, the data and
# the production dependencies (no TypeScript, Jest or esbuild), installed by the same scripts CI runs.
# Build and run: see README, "Production". Start with `docker run --init` (or compose's `init: true`).

FROM node:20-bookworm-slim AS build
WORKDIR /src
COPY . .
# npm ci runs `prepare`, which builds dist/.
RUN npm ci --no-audit --no-fund && scripts/stage-runtime.sh /runtime

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /runtime ./
RUN scripts/install-production.sh /app
# Files stay root-owned and read-only to the process; the server writes nothing to disk.
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 CMD ["node", "dist/src/server/healthcheck.js"]
# node itself, not npm (npm exits 143 on SIGTERM and hides the server's own graceful shutdown).
CMD ["node", "dist/src/server/main.js"]

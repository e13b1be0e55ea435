# dpa-bot: the server (npm start) on Node.js 24, production dependencies only.
#   docker build -t dpa-bot .
#   docker run -p 3000:3000 -v dpa-bot-data:/data dpa-bot
# Every build step is in scripts/build-image-root.ts, which the test suite runs and starts too
# (test/integration/server/production-install.test.ts).

FROM node:24-slim AS build
WORKDIR /context
COPY . .
RUN node scripts/build-image-root.ts /context /app

FROM node:24-slim
ENV NODE_ENV=production \
    PORT=3000 \
    DATA_DIR=/data
# The sources belong to root and are read-only to the bot; only DATA_DIR is its own (the embedded
# PostgreSQL, when DATABASE_URL is unset). The embedded PostgreSQL refuses to run as root anyway.
COPY --from=build /app /app
RUN mkdir /data && chown 1000:1000 /data
VOLUME /data
WORKDIR /app
# The image's `node` user, by number so that Kubernetes can check runAsNonRoot.
USER 1000:1000
EXPOSE 3000
# /readyz: the database answers and no migration is pending (README, Monitoring).
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/readyz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "src/main.ts"]

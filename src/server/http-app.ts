// The one HTTP server of the process: health endpoints and /metrics here; Slack (/slack/events),
// Teams (/api/messages) and the decision page (/decide) mount their routes on the same express app
// so everything shares PORT; addFinalHandlers (final-handlers.ts) closes it after the last of them.
import express, { type Express, type Request } from "express";
import type { Metrics } from "../adapters/metrics/metrics.ts";
import { type Clock, systemClock } from "../domain/ports.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { createLogger, type Logger } from "../logger.ts";
import { createReadinessProbe } from "./readiness.ts";
import type { TrustProxy } from "./trust-proxy.ts";

export interface HttpAppOptions {
  /** Counts every request and serves GET /metrics. */
  metrics?: Metrics;
  /** Paths mounted later by routers of their own (Slack, Teams), labelled by path in the metrics. */
  mountedPaths?: string[];
  /** TRUST_PROXY: whose X-Forwarded-For/-Proto give req.ip and req.secure (default: nobody's). */
  trustProxy?: TrustProxy;
  /** Times the readiness answer's cache. */
  clock?: Clock;
  logger?: Logger;
  /** How long one /readyz answer is given again (default READINESS_CACHE_MS). */
  readinessCacheMs?: number;
}

export function createHttpApp(prisma: PrismaClient, options: HttpAppOptions = {}): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", options.trustProxy ?? false);
  const { metrics } = options;
  const readiness = createReadinessProbe(prisma, {
    clock: options.clock ?? systemClock,
    logger: options.logger ?? createLogger("silent"),
    cacheMs: options.readinessCacheMs,
  });

  if (metrics) {
    const mounted = new Set(options.mountedPaths ?? []);
    // First, before any route: the time runs from the request's arrival to its last byte.
    app.use((req, res, next) => {
      const started = process.hrtime.bigint();
      res.on("finish", () => {
        metrics.observeRequest({
          route: routeOf(req, mounted),
          method: req.method,
          status: res.statusCode,
          seconds: Number(process.hrtime.bigint() - started) / 1e9,
        });
      });
      next();
    });
  }

  // Liveness: the process is up and serving; says nothing about its dependencies.
  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });

  // Readiness: safe to route traffic here (database reachable, schema migrated). Up or down only:
  // why it is down is in the log (readiness.ts), not in an answer anyone can ask for.
  app.get("/readyz", async (_req, res) => {
    const { ready } = await readiness();
    res
      .status(ready ? 200 : 503)
      .set("Cache-Control", "no-store")
      .json({ status: ready ? "up" : "down" });
  });

  if (metrics) {
    app.get("/metrics", async (_req, res) => {
      try {
        const { contentType, text } = await metrics.render();
        res.type(contentType).send(text);
      } catch {
        res.status(503).type("text/plain").send("metrics unavailable\n");
      }
    });
  }

  return app;
}

/** A bounded label: the matched route or a known mounted path, never the raw URL (no cardinality bombs). */
function routeOf(req: Request, mounted: Set<string>): string {
  const route = (req.route as { path?: unknown } | undefined)?.path;
  if (typeof route === "string") return `${req.baseUrl}${route}`;
  const path = req.originalUrl.split("?")[0] ?? "";
  return mounted.has(path) ? path : "unmatched";
}

// The one HTTP server of the process: health endpoints here; Slack (/slack/events) and Teams
// (/api/messages) mount their routes on the same express app so everything shares PORT.
import express, { type Express } from "express";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { checkReadiness } from "./readiness.ts";

export function createHttpApp(prisma: PrismaClient): Express {
  const app = express();
  app.disable("x-powered-by");

  // Liveness: the process is up and serving; says nothing about its dependencies.
  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });

  // Readiness: safe to route traffic here (database reachable, schema migrated).
  app.get("/readyz", async (_req, res) => {
    const readiness = await checkReadiness(prisma);
    res.status(readiness.ready ? 200 : 503).json(readiness);
  });

  return app;
}

// The console's pages on a real HTTP server and a real database, for page tests: the viewer comes
// from the real permission model (roles read from PostgreSQL on every request) for the actor named
// in the `x-test-actor` header. The sign-in itself (auth/) has its own tests; the console's
// end-to-end test signs in for real.
import type { AddressInfo } from "node:net";
import express, { type RequestHandler, type Router } from "express";
import { createAccessControl } from "../../src/adapters/db/repositories/staff.ts";
import { mountConsole } from "../../src/adapters/web/console/mount-console.ts";
import { setViewer } from "../../src/adapters/web/console/viewer.ts";
import { principalOf } from "../../src/domain/access/access-control.ts";
import type { Language } from "../../src/domain/i18n/languages.ts";
import type { Actor } from "../../src/domain/ports.ts";
import type { PrismaClient } from "../../src/generated/prisma/client.ts";
import { createLogger } from "../../src/logger.ts";
import { addFinalHandlers } from "../../src/server/final-handlers.ts";

export const TEST_CSRF = "test-csrf-token";

export interface TestConsole {
  url: string;
  /** Headers that make a request come from this person, in this language. */
  as(actor: Actor, language?: Language): Record<string, string>;
  close(): Promise<void>;
}

export async function startTestConsole(prisma: PrismaClient, pages: Router[]): Promise<TestConsole> {
  const app = express();
  const access = createAccessControl(prisma);
  const requireViewer: RequestHandler = async (req, res, next) => {
    try {
      const header = req.header("x-test-actor");
      if (!header) {
        res.status(401).type("text/plain").send("no test actor");
        return;
      }
      const { actor, language } = JSON.parse(Buffer.from(header, "base64url").toString("utf8")) as {
        actor: Actor;
        language: Language;
      };
      if (
        req.method !== "GET" &&
        req.method !== "HEAD" &&
        (req.body as { _csrf?: string })?._csrf !== TEST_CSRF
      ) {
        res.status(403).type("text/plain").send("CSRF token missing or wrong");
        return;
      }
      setViewer(res, { actor, principal: await principalOf(access, actor), language, csrfToken: TEST_CSRF });
      next();
    } catch (error) {
      next(error);
    }
  };
  mountConsole(app, {
    headers: (_req, _res, next) => next(),
    auth: express.Router(),
    requireViewer,
    pages,
  });
  addFinalHandlers(app, { logger: createLogger("silent"), defaultLanguage: "en" });
  const server = app.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    as: (actor, language = "en") => ({
      "x-test-actor": Buffer.from(
        JSON.stringify({ actor: { standing: "member", ...actor }, language }),
      ).toString("base64url"),
    }),
    close: () =>
      new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

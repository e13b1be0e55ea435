// The decision page as approvers reach it: a fake SMTP server that receives the fan-out's e-mails,
// a real mailer, and the page on its own loopback port, on the HTTP app as the composition root
// builds it (trust proxy, final error handlers). Shared by the e-mail link, error and browser tests.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createSmtpMailer } from "../../src/adapters/mail/smtp-mailer.ts";
import { createDecisionRouter, DECISION_PATH } from "../../src/adapters/web/decision-page/decision-router.ts";
import type { Clock, Language } from "../../src/domain/ports.ts";
import type { SubprocessorDeps } from "../../src/domain/subprocessor/subprocessor-deps.ts";
import type { PrismaClient } from "../../src/generated/prisma/client.ts";
import { createLogger, type Logger } from "../../src/logger.ts";
import { addFinalHandlers } from "../../src/server/final-handlers.ts";
import { createHttpApp } from "../../src/server/http-app.ts";
import type { TrustProxy } from "../../src/server/trust-proxy.ts";
import { RecordingChat } from "../fakes/chat/recording-chat.ts";
import { FakeSmtp } from "../fakes/smtp/fake-smtp.ts";
import { subprocessorDeps } from "./subprocessor.ts";

export interface DecisionPageHarness {
  smtp: FakeSmtp;
  mailer: ReturnType<typeof createSmtpMailer>;
  deps: SubprocessorDeps;
  /** http://127.0.0.1:<port>: the PUBLIC_URL the links point at. */
  base: string;
  stop(): Promise<void>;
}

export interface DecisionPageOptions {
  /** TRUST_PROXY (default: none). */
  trustProxy?: TrustProxy;
  /** PUBLIC_URL as configured (default: none; the links then use `base`). */
  publicUrl?: string;
  logger?: Logger;
  /** DEFAULT_LANGUAGE of the error pages (default en). */
  defaultLanguage?: Language;
}

export async function startDecisionPage(
  prisma: PrismaClient,
  clock: Clock,
  options: DecisionPageOptions = {},
): Promise<DecisionPageHarness> {
  const smtp = await new FakeSmtp().start();
  const mailer = createSmtpMailer({ smtpUrl: smtp.url, from: "dpa-bot@provider.example" });
  const deps = subprocessorDeps(prisma, new RecordingChat(clock), clock, { emailEnabled: true });
  const logger = options.logger ?? createLogger("silent");
  const web = createHttpApp(prisma, { clock, logger, trustProxy: options.trustProxy });
  web.use(
    DECISION_PATH,
    createDecisionRouter({ prisma, subprocessor: deps, logger, publicUrl: options.publicUrl }),
  );
  addFinalHandlers(web, { logger, defaultLanguage: options.defaultLanguage ?? "en" });
  const server = await new Promise<Server>((resolve) => {
    const s = web.listen(0, "127.0.0.1", () => resolve(s));
  });
  return {
    smtp,
    mailer,
    deps,
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async stop() {
      mailer.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await smtp.stop();
    },
  };
}

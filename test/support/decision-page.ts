// The decision page as approvers reach it: a fake SMTP server that receives the fan-out's e-mails,
// a real mailer, and the page on its own loopback port. Shared by the e-mail link and browser tests.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { createSmtpMailer } from "../../src/adapters/mail/smtp-mailer.ts";
import { createDecisionRouter, DECISION_PATH } from "../../src/adapters/web/decision-page/decision-router.ts";
import type { Clock } from "../../src/domain/ports.ts";
import type { SubprocessorDeps } from "../../src/domain/subprocessor/subprocessor-deps.ts";
import type { PrismaClient } from "../../src/generated/prisma/client.ts";
import { createLogger } from "../../src/logger.ts";
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

export async function startDecisionPage(prisma: PrismaClient, clock: Clock): Promise<DecisionPageHarness> {
  const smtp = await new FakeSmtp().start();
  const mailer = createSmtpMailer({ smtpUrl: smtp.url, from: "dpa-bot@provider.example" });
  const deps = subprocessorDeps(prisma, new RecordingChat(clock), clock, { emailEnabled: true });
  const web = express();
  web.use(
    DECISION_PATH,
    createDecisionRouter({ prisma, subprocessor: deps, logger: createLogger("silent") }),
  );
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

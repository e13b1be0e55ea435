// What the console's pages are built from: the same use-case dependencies the chat front doors
// use (src/adapters/deps/), on a chat port that reaches every connected platform, so an action
// taken in the browser updates the incident's message in Slack or Teams exactly as a button would.
import type { BreachDeps } from "../../../domain/breach/breach-deps.ts";
import type { DsrDeps } from "../../../domain/dsr/dsr-deps.ts";
import type { Language } from "../../../domain/i18n/languages.ts";
import type { Clock } from "../../../domain/ports.ts";
import type { SubprocessorDeps } from "../../../domain/subprocessor/subprocessor-deps.ts";
import type { PrismaClient } from "../../../generated/prisma/client.ts";
import type { Logger } from "../../../logger.ts";

export interface ConsoleDeps {
  prisma: PrismaClient;
  clock: Clock;
  /** TIMEZONE: the zone every instant is shown in. */
  timezone: string;
  defaultLanguage: Language;
  logger: Logger;
  breach: BreachDeps;
  dsr: DsrDeps;
  subprocessor: SubprocessorDeps;
}

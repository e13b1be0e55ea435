// What the console's pages are built from: the same use-case dependencies the chat front doors
// use (src/adapters/deps/), on a chat port that reaches every connected platform, so an action
// taken in the browser updates the incident's message in Slack or Teams exactly as a button would.
import type { BreachDeps } from "../../../domain/breach/breach-deps.ts";
import type { DsrDeps } from "../../../domain/dsr/dsr-deps.ts";
import type { Language } from "../../../domain/i18n/languages.ts";
import type { ChatPlatform, Clock, Mailer } from "../../../domain/ports.ts";
import type { SubprocessorDeps } from "../../../domain/subprocessor/subprocessor-deps.ts";
import type { PrismaClient } from "../../../generated/prisma/client.ts";
import type { Logger } from "../../../logger.ts";
import { type ChatDirectory, platformChat } from "../../chat/platform-chat.ts";
import { createBreachDeps } from "../../deps/breach-deps.ts";
import { createDsrDeps } from "../../deps/dsr-deps.ts";
import { offlineChat } from "../../offline-chat.ts";

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

/**
 * The console's dependencies on the real adapters. `chat` reaches every connected platform
 * (routeChat), or none: then a message update fails as undeliverable, the use case reports it
 * through onChatError, and the decision taken in the browser stands.
 */
export function createConsoleDeps(options: {
  prisma: PrismaClient;
  chats: ChatDirectory;
  clock: Clock;
  mailer: Mailer | null;
  timezone: string;
  defaultLanguage: Language;
  hourlyRateCents: number | null;
  logger: Logger;
  subprocessor: SubprocessorDeps;
}): ConsoleDeps {
  const chat = platformChat(options.chats) ?? offlineChat;
  const connected = (Object.keys(options.chats) as ChatPlatform[]).filter((p) => options.chats[p]);
  const shared = {
    prisma: options.prisma,
    chat,
    clock: options.clock,
    mailer: options.mailer,
    timezone: options.timezone,
    defaultLanguage: options.defaultLanguage,
    logger: options.logger,
  };
  return {
    prisma: options.prisma,
    clock: options.clock,
    timezone: options.timezone,
    defaultLanguage: options.defaultLanguage,
    logger: options.logger,
    breach: createBreachDeps(shared),
    dsr: createDsrDeps({ ...shared, hourlyRateCents: options.hourlyRateCents, chatPlatforms: connected }),
    subprocessor: options.subprocessor,
  };
}

// The breach use cases' ports on the real adapters (PostgreSQL, a chat port, the mailer, the clock), taken
// from here by every front door: Slack, Teams, the console and the CLI.
import type { BreachDeps } from "../../domain/breach/breach-deps.ts";
import type { ChatPort, Clock, Language, Mailer } from "../../domain/ports.ts";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { Logger } from "../../logger.ts";
import { createCustomerDirectory } from "../db/repositories/breach-customers.ts";
import { markIncidentMessageStale } from "../db/repositories/incident-queries.ts";
import { createIncidentRepository } from "../db/repositories/incidents.ts";
import { createAccessControl } from "../db/repositories/staff.ts";

export function createBreachDeps(options: {
  prisma: PrismaClient;
  chat: ChatPort;
  clock: Clock;
  mailer: Mailer | null;
  timezone: string;
  defaultLanguage: Language;
  logger: Logger;
}): BreachDeps {
  return {
    incidents: createIncidentRepository(options.prisma),
    customers: createCustomerDirectory(options.prisma),
    access: createAccessControl(options.prisma),
    clock: options.clock,
    chat: options.chat,
    mailer: options.mailer,
    timezone: options.timezone,
    defaultLanguage: options.defaultLanguage,
    onChatError: async (error, incidentId) => {
      options.logger.warn(
        { err: error, incidentId },
        "incident saved; its chat message could not be updated (rendered again by the scheduler)",
      );
      await markIncidentMessageStale(options.prisma, incidentId).catch((markError: unknown) =>
        options.logger.warn({ err: markError, incidentId }, "incident message could not be marked stale"),
      );
    },
  };
}

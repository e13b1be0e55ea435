// The request use cases' ports on the real adapters: PostgreSQL, a chat port, the mailer, the clock.
import type { DsrDeps } from "../../domain/dsr/dsr-deps.ts";
import type { ChatPlatform, ChatPort, Clock, Language, Mailer } from "../../domain/ports.ts";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { Logger } from "../../logger.ts";
import { createRequestCustomers } from "../db/repositories/request-customers.ts";
import { createRequestRepository } from "../db/repositories/requests.ts";
import { createAccessControl } from "../db/repositories/staff.ts";

export function createDsrDeps(options: {
  prisma: PrismaClient;
  chat: ChatPort;
  clock: Clock;
  mailer: Mailer | null;
  timezone: string;
  defaultLanguage: Language;
  hourlyRateCents: number | null;
  logger: Logger;
  chatPlatforms?: ChatPlatform[];
}): DsrDeps {
  return {
    requests: createRequestRepository(options.prisma),
    customers: createRequestCustomers(options.prisma),
    access: createAccessControl(options.prisma),
    clock: options.clock,
    chat: options.chat,
    mailer: options.mailer,
    timezone: options.timezone,
    defaultLanguage: options.defaultLanguage,
    hourlyRateCents: options.hourlyRateCents,
    ...(options.chatPlatforms ? { chatPlatforms: options.chatPlatforms } : {}),
    // Only ids: the request's details never go to a log line.
    onChatError: (error, requestId) =>
      options.logger.warn(
        { err: error, requestId },
        "request saved; a chat message could not be sent or updated",
      ),
  };
}

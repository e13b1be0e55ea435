// The sub-processor use cases' ports on the real adapters: PostgreSQL, a chat port, the clock.
import type { ChatPort, Clock, Language } from "../../domain/ports.ts";
import type { SubprocessorDeps } from "../../domain/subprocessor/subprocessor-deps.ts";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { Logger } from "../../logger.ts";
import { createApproverDirectory } from "../db/repositories/approver-directory.ts";
import { createProposalRepository } from "../db/repositories/proposals.ts";
import { createAccessControl } from "../db/repositories/staff.ts";

export function createSubprocessorDeps(options: {
  prisma: PrismaClient;
  chat: ChatPort;
  clock: Clock;
  timezone: string;
  defaultLanguage: Language;
  emailEnabled: boolean;
  /** Teams connected: approvers with a Teams identity are also asked in a personal chat. */
  teamsEnabled?: boolean;
  logger: Logger;
}): SubprocessorDeps {
  return {
    proposals: createProposalRepository(options.prisma),
    customers: createApproverDirectory(options.prisma),
    access: createAccessControl(options.prisma),
    clock: options.clock,
    chat: options.chat,
    timezone: options.timezone,
    defaultLanguage: options.defaultLanguage,
    emailEnabled: options.emailEnabled,
    teamsEnabled: options.teamsEnabled ?? false,
    onChatError: (error, context) =>
      options.logger.warn({ err: error, context }, "decision saved; a chat message could not be updated"),
  };
}

// Shared by the sub-processor tests: customers with approvers, the use cases' ports on the real
// database and a recording chat, and a valid proposal input.
import { createApproverDirectory } from "../../src/adapters/db/repositories/approver-directory.ts";
import { createProposalRepository } from "../../src/adapters/db/repositories/proposals.ts";
import { createAccessControl } from "../../src/adapters/db/repositories/staff.ts";
import { loadConfig } from "../../src/config.ts";
import type { ChatPort, Clock, Language, Mailer } from "../../src/domain/ports.ts";
import type { ProposalInput } from "../../src/domain/subprocessor/proposal-input.ts";
import type { SubprocessorDeps } from "../../src/domain/subprocessor/subprocessor-deps.ts";
import type { PrismaClient } from "../../src/generated/prisma/client.ts";
import { createLogger, type Logger } from "../../src/logger.ts";
import { ChannelPacer } from "../../src/scheduler/channel-pacer.ts";
import type { ApprovalFanOutDeps } from "../../src/scheduler/send-approval-requests.ts";

export interface SeedApprover {
  name: string;
  email: string;
  slackUserId?: string | null;
  roles?: Array<"breach" | "dsr" | "approver" | "dpo">;
}

export async function seedCustomerWithApprovers(
  prisma: PrismaClient,
  data: {
    key: string;
    name: string;
    language?: Language;
    slackChannelId?: string;
    approvers: SeedApprover[];
  },
) {
  return prisma.customer.create({
    data: {
      key: data.key,
      name: data.name,
      language: data.language ?? "nl",
      slackChannelId: data.slackChannelId ?? null,
      contacts: {
        create: data.approvers.map((a) => ({
          name: a.name,
          email: a.email,
          slackUserId: a.slackUserId ?? null,
          roles: a.roles ?? ["approver"],
        })),
      },
    },
  });
}

export function subprocessorDeps(
  prisma: PrismaClient,
  chat: ChatPort,
  clock: Clock,
  options: { emailEnabled?: boolean; chatErrors?: unknown[] } = {},
): SubprocessorDeps {
  return {
    proposals: createProposalRepository(prisma),
    customers: createApproverDirectory(prisma),
    access: createAccessControl(prisma),
    clock,
    chat,
    timezone: "Europe/Brussels",
    defaultLanguage: "en",
    emailEnabled: options.emailEnabled ?? false,
    onChatError: (error) => {
      options.chatErrors?.push(error);
    },
  };
}

export function proposalInput(
  overrides: Partial<ProposalInput["terms"]> = {},
  customers: ProposalInput["customers"] = { all: true },
): ProposalInput {
  return {
    terms: {
      subProcessorName: "Cloudy Backup Inc",
      purpose: "Off-site backups",
      country: "US",
      mechanism: "scc",
      dataCategories: "Backups of the customer database",
      intendedStart: new Date("2027-03-01T00:00:00Z"),
      reason: "The current backup provider stops its service",
      ...overrides,
    },
    customers,
  };
}

/** A privacy officer of ours (the tests grant the role with `grantRoles`). */
export const STAFF = {
  platform: "slack" as const,
  userId: "U0STAFF01",
  workspaceId: "T0001",
  displayName: "Steve Peeters",
  standing: "member" as const,
};

/** The fan-out job's ports: a sleep that moves the test's clock instead of waiting. */
export function fanOutDeps(
  prisma: PrismaClient,
  chat: ChatPort | null,
  clock: Clock & { advance(ms: number): void },
  options: {
    mailer?: Mailer | null;
    env?: Record<string, string>;
    instanceId?: string;
    logger?: Logger;
  } = {},
): ApprovalFanOutDeps {
  const sleep = async (ms: number) => clock.advance(ms);
  return {
    prisma,
    chat,
    mailer: options.mailer ?? null,
    clock,
    config: loadConfig({ TIMEZONE: "Europe/Brussels", ...options.env }),
    logger: options.logger ?? createLogger("silent"),
    instanceId: options.instanceId ?? "test-instance",
    pacer: new ChannelPacer(clock, sleep, 1_000),
    workspacePacer: new ChannelPacer(clock, sleep, 1_000),
  };
}

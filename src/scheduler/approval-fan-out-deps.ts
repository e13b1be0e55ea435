// What the approval fan-out job (art. 9 DPA) works with, its tunables and its report.
import type { Config } from "../config.ts";
import type { ChatPort, Clock, Mailer } from "../domain/ports.ts";
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from "../domain/reminders/retry.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { Logger } from "../logger.ts";
import type { ChannelPacer } from "./channel-pacer.ts";

/** One pace for every chat.postMessage of the workspace, beside the pace of each channel. */
export const WORKSPACE_PACE_KEY = "slack:workspace";

export interface FanOutOptions {
  batchSize: number;
  leaseMs: number;
  /** Claiming stops after this much (clock) time, so one tick does not run for ever. */
  budgetMs: number;
  retry: RetryPolicy;
}

export const DEFAULT_FAN_OUT_OPTIONS: FanOutOptions = {
  batchSize: 50,
  leaseMs: 5 * 60_000,
  budgetMs: 10 * 60_000,
  retry: DEFAULT_RETRY_POLICY,
};

export interface ApprovalFanOutDeps {
  prisma: PrismaClient;
  chat: ChatPort | null;
  mailer: Mailer | null;
  clock: Clock;
  config: Pick<Config, "timezone" | "approvals">;
  logger: Logger;
  instanceId: string;
  /** Shared with the reminders of this process, so both respect one channel pace. */
  pacer: ChannelPacer;
  /** The workspace-wide pace (1 s); its own pacer, since its interval differs from a channel's. */
  workspacePacer: ChannelPacer;
  options?: Partial<FanOutOptions>;
}

export interface FanOutReport {
  claimed: number;
  sent: number;
  retry: number;
  failed: number;
  cancelled: number;
  released: number;
  lostLease: number;
  updated: number;
}

// The daily digest. A slot (one instant named by DIGEST_CRON in TIMEZONE) goes out once per
// channel, whatever the number of instances and restarts: the instance whose claim of the slot
// wins sends it; a slot missed while every instance was down goes out at the next tick within the
// catch-up window; a claim whose holder died is taken over after its lease.

import type { Db } from "../adapters/db/repositories/audit.ts";
import { claimDigestSlot, loadOpenDeadlines, markDigestSent } from "../adapters/db/repositories/digest.ts";
import { hasPrivacyOfficer } from "../adapters/db/repositories/staff.ts";
import { languageOfTarget } from "../adapters/db/repositories/target-language.ts";
import type { Config } from "../config.ts";
import type { Clock } from "../domain/ports.ts";
import { ChatDeliveryError, type ChatTarget, type Language } from "../domain/ports.ts";
import { buildDigest } from "../domain/reminders/digest.ts";
import { channelKey } from "../domain/reminders/target.ts";
import type { Message } from "../messages/model.ts";
import { realSleep } from "./channel-pacer.ts";
import { latestSlotAtOrBefore, parseCronSchedule } from "./digest-slot.ts";
import {
  channelLanguage,
  clockSettings,
  digestTargetsOf,
  engineOptions,
  type ReminderEngineDeps,
} from "./engine-deps.ts";

export type DigestOutcome = "sent" | "already-claimed" | "failed";

export interface DigestReport {
  slot: Date;
  target: ChatTarget;
  outcome: DigestOutcome;
}

/** The slot due now (the latest one at or before now, within the catch-up window), if any. */
export function dueDigestSlot(config: Config, now: Date, catchUpMs: number): Date | null {
  const slot = latestSlotAtOrBefore(parseCronSchedule(config.digestCron, config.timezone), now);
  if (!slot || now.getTime() - slot.getTime() > catchUpMs) return null;
  return slot;
}

/** Sends the due slot if no instance has (a no-op for every tick after it went out). */
export async function runDueDigest(deps: ReminderEngineDeps): Promise<DigestReport[]> {
  const slot = dueDigestSlot(deps.config, deps.clock.now(), engineOptions(deps).digestCatchUpMs);
  return slot ? runDigestSlot(deps, slot) : [];
}

/** Sends the digest of `slot` to every digest channel this instance wins the claim for. */
export async function runDigestSlot(deps: ReminderEngineDeps, slot: Date): Promise<DigestReport[]> {
  const reports: DigestReport[] = [];
  // Without a chat there is nobody to send to: the slot stays unclaimed for when one is connected.
  if (!deps.chat) return reports;
  for (const target of digestTargetsOf(deps)) {
    reports.push({ slot, target, outcome: await sendDigestTo(deps, slot, target) });
  }
  return reports;
}

async function sendDigestTo(
  deps: ReminderEngineDeps,
  slot: Date,
  target: ChatTarget,
): Promise<DigestOutcome> {
  const options = engineOptions(deps);
  const log = deps.logger.child({ digestSlot: slot.toISOString(), channel: channelKey(target) });
  const claim = { slot, platform: target.platform, channelId: target.channelId, instanceId: deps.instanceId };
  const won = await claimDigestSlot(deps.prisma, {
    ...claim,
    now: deps.clock.now(),
    leaseMs: options.digestLeaseMs,
  });
  if (!won) return "already-claimed";

  const sleep = deps.sleep ?? realSleep();
  for (let attempt = 1; attempt <= options.digestAttempts; attempt++) {
    const now = deps.clock.now();
    try {
      await deps.pacer?.acquire(channelKey(target));
      const message = await buildCurrentDigest(
        deps.prisma,
        deps.clock,
        deps.config,
        await languageOfTarget(deps.prisma, target, channelLanguage(deps.config)),
        "daily",
      );
      await deps.chat!.post(target, message);
      const marked = await markDigestSent(deps.prisma, { ...claim, now: deps.clock.now() });
      if (!marked) log.warn("digest posted, but its claim had been taken over: it may be posted twice");
      log.info("digest sent");
      return "sent";
    } catch (error) {
      const retryable = !(error instanceof ChatDeliveryError) || error.retryable;
      const wait =
        error instanceof ChatDeliveryError && error.retryAfterMs !== undefined
          ? error.retryAfterMs
          : options.retry.baseDelayMs * 2 ** (attempt - 1);
      const message = error instanceof Error ? error.message : String(error);
      if (!retryable || attempt === options.digestAttempts) {
        // The claim stays: after its lease, the next tick of any instance tries this slot again.
        log.error(
          { attempt, error: message },
          "digest not delivered; the slot will be tried again after its lease",
        );
        return "failed";
      }
      log.warn({ attempt, error: message, retryInMs: wait }, "digest not delivered; retrying");
      if (error instanceof ChatDeliveryError && error.retryAfterMs !== undefined) {
        deps.pacer?.holdUntil(channelKey(target), new Date(now.getTime() + wait));
      }
      await sleep(wait);
    }
  }
  return "failed";
}

/** The digest as of now: for the daily slot and for the on-demand command alike. */
export async function buildCurrentDigest(
  db: Db,
  clock: Clock,
  config: Config,
  language: Language,
  variant: "daily" | "on-demand",
): Promise<Message> {
  const now = clock.now();
  const items = await loadOpenDeadlines(db, now, clockSettings(config));
  const nobodyCanNotify = !(await hasPrivacyOfficer(db));
  return buildDigest(items, now, { language, timezone: config.timezone, variant, nobodyCanNotify });
}

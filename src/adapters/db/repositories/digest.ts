// Digest runs and the digest's content. A digest slot goes out once per channel: the instance whose
// insert of (slot, platform, channel) wins sends it. Its claim is a lease: when it dies before
// marking the run sent, another instance takes the slot over once the lease has expired.
//
// DigestRun has no lease column; `createdAt` records when the current claim was made (it is set
// again on a takeover), which is all a lease needs.
import { randomUUID } from "node:crypto";
import type { CustomerClockSettings } from "../../../domain/reminders/open-clocks.ts";
import {
  type FailedReminder,
  type OpenDeadline,
  openDeadlinesOf,
} from "../../../domain/reminders/open-deadlines.ts";
import type { Db } from "./audit.ts";
import { loadOpenClocks } from "./reminder-clocks.ts";
import { listFailedReminders } from "./reminders.ts";

export interface DigestSlotClaim {
  slot: Date;
  platform: "slack" | "teams";
  channelId: string;
  instanceId: string;
  now: Date;
  leaseMs: number;
}

/** True when this instance now holds the slot: a fresh claim, or a takeover of an expired one. */
export async function claimDigestSlot(db: Db, claim: DigestSlotClaim): Promise<boolean> {
  // Every tick of every instance asks; once the slot is out, a plain read answers without a lock.
  const done = await db.$queryRaw<Array<{ sent: boolean }>>`
    SELECT "sentAt" IS NOT NULL AS sent FROM "DigestRun"
    WHERE slot = ${claim.slot} AND platform = ${claim.platform}::"Platform" AND "channelId" = ${claim.channelId}`;
  if (done[0]?.sent) return false;
  const expiredBefore = new Date(claim.now.getTime() - claim.leaseMs);
  const rows = await db.$queryRaw<Array<{ id: string }>>`
    INSERT INTO "DigestRun" AS d (id, slot, platform, "channelId", "claimedBy", "createdAt")
    VALUES (${randomUUID()}::uuid, ${claim.slot}, ${claim.platform}::"Platform", ${claim.channelId},
            ${claim.instanceId}, ${claim.now})
    ON CONFLICT (slot, platform, "channelId") DO UPDATE
      SET "claimedBy" = EXCLUDED."claimedBy", "createdAt" = EXCLUDED."createdAt"
      WHERE d."sentAt" IS NULL AND d."createdAt" < ${expiredBefore}
    RETURNING d.id`;
  return rows.length === 1;
}

/** False when the claim was lost to a takeover meanwhile (the digest may then go out twice). */
export async function markDigestSent(db: Db, claim: Omit<DigestSlotClaim, "leaseMs">): Promise<boolean> {
  const count = await db.$executeRaw`
    UPDATE "DigestRun" SET "sentAt" = ${claim.now}
    WHERE slot = ${claim.slot} AND platform = ${claim.platform}::"Platform" AND "channelId" = ${claim.channelId}
      AND "claimedBy" = ${claim.instanceId} AND "sentAt" IS NULL`;
  return count === 1;
}

export interface OpenDeadlineSettings extends CustomerClockSettings {
  subprocessorPendingDays: number;
}

/**
 * Everything the digest lists, as of `now`: every open clock, and the reminders of those clocks
 * that could not be delivered.
 */
export async function loadOpenDeadlines(
  db: Db,
  now: Date,
  settings: OpenDeadlineSettings,
): Promise<OpenDeadline[]> {
  const clocks = await loadOpenClocks(db, now, settings);
  const failed = await listFailedReminders(
    db,
    clocks.map((clock) => clock.key),
  );
  return openDeadlinesOf(clocks, failed.map(toFailedReminder), now, settings);
}

function toFailedReminder(row: Awaited<ReturnType<typeof listFailedReminders>>[number]): FailedReminder {
  const payload = row.payload;
  return {
    kind: row.kind,
    customerName: payload?.customerName ?? "",
    subject: payload?.reference ?? payload?.subject ?? "",
    dueAt: row.dueAt,
    error: row.lastError ?? "",
  };
}

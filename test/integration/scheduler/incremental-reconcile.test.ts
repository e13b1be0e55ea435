// The incremental reconcile: after the start-up full pass a tick reconciles only what the clock_check
// triggers queued and what is due for a re-plan; the hourly full pass repairs what was written around
// the triggers.
import { beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "../../../src/adapters/db/prisma.ts";
import { claimClockChecks, finishClockChecks } from "../../../src/adapters/db/repositories/clock-checks.ts";
import type { PrismaClient } from "../../../src/generated/prisma/client.ts";
import { reconcileEntitiesById } from "../../../src/scheduler/reconcile-entities.ts";
import { createReminderEngine } from "../../../src/scheduler/reminder-engine.ts";
import { type TestDatabase, useTestDatabase } from "../../support/db.ts";
import {
  clearAll,
  createCustomer,
  createIncident,
  createRequest,
  engineDeps,
  ManualClock,
} from "./support.ts";

let db: TestDatabase;
let prisma: PrismaClient;
useTestDatabase((created) => {
  db = created;
  prisma = created.prisma;
});
beforeEach(async () => {
  await clearAll(prisma);
});

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (iso: string) => new Date(iso);

async function pendingSteps(entityId: string) {
  const rows = await prisma.reminder.findMany({
    where: { entityId, status: "pending" },
    orderBy: { dueAt: "asc" },
  });
  return rows.map((r) => `${r.kind} ${r.step} ${r.dueAt.toISOString()}`);
}

/** A discovery corrected by an hour, as the breach feature writes it (the trigger sees it). */
async function correctDiscovery(incidentCustomerId: string, discoveredAt: Date, via: PrismaClient = prisma) {
  await via.incidentCustomer.update({
    where: { id: incidentCustomerId },
    data: {
      notifyDeadline: new Date(discoveredAt.getTime() + 24 * HOUR),
      authorityDeadline: new Date(discoveredAt.getTime() + 72 * HOUR),
    },
  });
}

describe("incremental reconcile", () => {
  it("picks a change up on the next tick without a full pass", async () => {
    const clock = new ManualClock("2026-03-02T09:30:00Z");
    const acme = await createCustomer(prisma, { name: "Acme" });
    const incident = await createIncident(prisma, {
      discoveredAt: at("2026-03-02T09:00:00Z"),
      reportedAt: clock.now(),
      customerIds: [acme.id],
    });
    const clockRow = incident.customers[0]!;
    const engine = createReminderEngine(engineDeps(prisma, clock).deps);
    const first = await engine.tickReminders();
    expect(first.reconcile.full).toBe(true);
    expect(await pendingSteps(clockRow.id)).toContain("breach.notify -12h 2026-03-02T21:00:00.000Z");

    clock.advance(15_000);
    const idle = await engine.tickReminders();
    expect(idle.reconcile).toMatchObject({ full: false, entities: 0 });

    await correctDiscovery(clockRow.id, at("2026-03-02T08:00:00Z"));
    clock.advance(15_000);
    const next = await engine.tickReminders();

    expect(next.reconcile).toMatchObject({ full: false, entities: 1 });
    const steps = await pendingSteps(clockRow.id);
    expect(steps).toContain("breach.notify -12h 2026-03-02T20:00:00.000Z");
    expect(steps).not.toContain("breach.notify -12h 2026-03-02T21:00:00.000Z");
  });

  it("creates a row when time brings it into the look-ahead, with no change and no full pass", async () => {
    const clock = new ManualClock("2026-03-02T09:00:00Z");
    const acme = await createCustomer(prisma, { name: "Acme" });
    const request = await createRequest(prisma, {
      customerId: acme.id,
      receivedAt: clock.now(),
      forwardDueAt: new Date(clock.now().getTime() + DAY),
      legalDeadline: at("2026-04-02T21:59:59Z"),
    });
    const { deps } = engineDeps(prisma, clock, { monotonicMs: () => 0 }); // no second full pass
    const engine = createReminderEngine(deps);
    await engine.tickReminders();
    expect((await pendingSteps(request.id)).some((s) => s.startsWith("dsr.legal"))).toBe(false);

    // The "-7d" reminder (26 March, business-day start) enters the 48 h look-ahead on 24 March.
    clock.set("2026-03-24T12:00:00Z");
    const later = await engine.tickReminders();

    expect(later.reconcile.full).toBe(false);
    expect(later.reconcile.entities).toBeGreaterThanOrEqual(1);
    expect((await pendingSteps(request.id)).some((s) => s.startsWith("dsr.legal -7d"))).toBe(true);
  });

  it("shares the queued entities between two instances: each is reconciled once", async () => {
    const clock = new ManualClock("2026-03-02T09:30:00Z");
    const acme = await createCustomer(prisma, { name: "Acme" });
    const incidents = await Promise.all(
      Array.from({ length: 60 }, () =>
        createIncident(prisma, {
          discoveredAt: at("2026-03-02T09:00:00Z"),
          reportedAt: clock.now(),
          customerIds: [acme.id],
        }),
      ),
    );
    const second = createPrismaClient(db.url, { maxConnections: 5 });
    try {
      const a = createReminderEngine(engineDeps(prisma, clock, { instanceId: "a" }).deps);
      const b = createReminderEngine(engineDeps(second, clock, { instanceId: "b" }).deps);
      await Promise.all([a.tickReminders(), b.tickReminders()]); // both start with a full pass
      for (const incident of incidents) {
        await correctDiscovery(incident.customers[0]!.id, at("2026-03-02T08:00:00Z"));
      }
      clock.advance(15_000);
      const [ra, rb] = await Promise.all([a.tickReminders(), b.tickReminders()]);

      expect(ra.reconcile.full || rb.reconcile.full).toBe(false);
      expect(ra.reconcile.entities + rb.reconcile.entities).toBe(60);
      for (const incident of incidents) {
        expect(await pendingSteps(incident.customers[0]!.id)).toContain(
          "breach.notify -12h 2026-03-02T20:00:00.000Z",
        );
      }
    } finally {
      await second.$disconnect();
    }
  });

  it("keeps a change made while its entity was being reconciled due for the next tick", async () => {
    const clock = new ManualClock("2026-03-02T09:30:00Z");
    const acme = await createCustomer(prisma, { name: "Acme" });
    const incident = await createIncident(prisma, {
      discoveredAt: at("2026-03-02T09:00:00Z"),
      reportedAt: clock.now(),
      customerIds: [acme.id],
    });
    const clockRow = incident.customers[0]!;
    const { deps } = engineDeps(prisma, clock);
    const engine = createReminderEngine(deps);
    await engine.tickReminders();
    await correctDiscovery(clockRow.id, at("2026-03-02T08:30:00Z"));

    // One step of the incremental pass, by hand, with a second correction between reading the
    // facts and recording the outcome.
    const now = clock.now();
    const claimed = await claimClockChecks(prisma, {
      instanceId: deps.instanceId,
      now,
      leaseUntil: new Date(now.getTime() + 60_000),
      limit: 10,
    });
    expect(claimed.map((c) => c.entityId)).toEqual([clockRow.id]);
    const done = await reconcileEntitiesById(deps, now, claimed[0]!.entityType, [clockRow.id]);
    await correctDiscovery(clockRow.id, at("2026-03-02T08:00:00Z"));
    await finishClockChecks(
      prisma,
      [{ ...done.outcomes[0]!, version: claimed[0]!.version }],
      deps.instanceId,
    );
    expect(await pendingSteps(clockRow.id)).toContain("breach.notify -12h 2026-03-02T20:30:00.000Z");

    clock.advance(15_000);
    const next = await engine.tickReminders();

    expect(next.reconcile.entities).toBe(1);
    const steps = await pendingSteps(clockRow.id);
    expect(steps).toContain("breach.notify -12h 2026-03-02T20:00:00.000Z");
    expect(steps).not.toContain("breach.notify -12h 2026-03-02T20:30:00.000Z");
  });

  it("repairs rows changed and deleted behind the triggers' back at the hourly full pass", async () => {
    const clock = new ManualClock("2026-03-02T09:30:00Z");
    const acme = await createCustomer(prisma, { name: "Acme" });
    const changed = await createIncident(prisma, {
      discoveredAt: at("2026-03-02T09:00:00Z"),
      reportedAt: clock.now(),
      customerIds: [acme.id],
    });
    const deleted = await createIncident(prisma, {
      discoveredAt: at("2026-03-02T09:00:00Z"),
      reportedAt: clock.now(),
      customerIds: [acme.id],
    });
    let elapsed = 0; // the process's own time, which paces the full pass
    const engine = createReminderEngine(engineDeps(prisma, clock, { monotonicMs: () => elapsed }).deps);
    await engine.tickReminders();
    expect(await pendingSteps(deleted.customers[0]!.id)).not.toEqual([]);

    // As a restore or a hand-written fix in psql with triggers off would.
    await prisma.$transaction([
      prisma.$executeRaw`SET LOCAL session_replication_role = replica`,
      prisma.$executeRaw`UPDATE "IncidentCustomer" SET "notifyDeadline" = '2026-03-03T08:00:00Z'
                         WHERE id = ${changed.customers[0]!.id}::uuid`,
      prisma.$executeRaw`DELETE FROM "IncidentCustomer" WHERE id = ${deleted.customers[0]!.id}::uuid`,
    ]);
    clock.advance(15_000);
    elapsed += 15_000;
    const unseen = await engine.tickReminders();
    expect(unseen.reconcile).toMatchObject({ full: false, entities: 0 });
    expect(await pendingSteps(changed.customers[0]!.id)).toContain(
      "breach.notify -12h 2026-03-02T21:00:00.000Z",
    );

    expect(await engine.reconcileAllIfDue()).toBeNull(); // not an hour yet
    elapsed += HOUR;
    const full = await engine.reconcileAllIfDue();

    expect(full?.full).toBe(true);
    const steps = await pendingSteps(changed.customers[0]!.id);
    expect(steps).toContain("breach.notify -12h 2026-03-02T20:00:00.000Z");
    expect(steps).not.toContain("breach.notify -12h 2026-03-02T21:00:00.000Z");
    expect(await pendingSteps(deleted.customers[0]!.id)).toEqual([]);
  });
});

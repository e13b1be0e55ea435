// Breach clocks whose reminder is due now, seeded straight into the database (as bench/reminders
// does): incidents discovered 23.5 hours ago, one customer each, so that of each clock's -12 h, -4 h
// and -1 h reminders only the -1 h one may be posted (the older ones are superseded), and the 72 h
// clock has nothing due yet. Each incident is shown as already posted in its channel, so the
// scheduler only reminds (and refreshes that message) instead of posting the incident first.
import type { PrismaClient } from "../../src/generated/prisma/client.ts";

const HOUR = 3_600_000;

export interface DueBreachClocks {
  /** Incident references, one due reminder each; a reminder's text names its reference. */
  references: string[];
  channels: string[];
  /** The incidents' own messages (channel and ts), for the fake to know them. */
  messages: Array<{ channel: string; ts: string }>;
}

export async function seedDueBreachClocks(
  prisma: PrismaClient,
  options: { prefix: string; channels: number; perChannel: number; now: Date },
): Promise<DueBreachClocks> {
  const { prefix, perChannel, now } = options;
  const discoveredAt = new Date(now.getTime() - 23.5 * HOUR);
  const reporter =
    (await prisma.account.findFirst({ where: { platform: "system", platformUserId: "seed" } })) ??
    (await prisma.account.create({
      data: { platform: "system", platformUserId: "seed", displayName: "Seed" },
    }));
  const customer = await prisma.customer.create({
    data: { key: `${prefix.toLowerCase()}-customer`, name: `${prefix} Customer` },
  });
  const channels = Array.from({ length: options.channels }, (_, c) => `C-${prefix}-${pad(c)}`);
  const incidents = channels.flatMap((channel, c) =>
    Array.from({ length: perChannel }, (_, k) => ({
      reference: `${prefix}-${pad(c * perChannel + k)}`,
      channel,
      ts: `1700000000.${pad(c * perChannel + k, 6)}`,
    })),
  );
  await prisma.incident.createMany({
    data: incidents.map((incident) => ({
      reference: incident.reference,
      discoveredAt,
      reportedAt: discoveredAt,
      reporterAccountId: reporter.id,
      description: "seeded",
      platform: "slack" as const,
      channelId: incident.channel,
      messageId: incident.ts,
      createdAt: discoveredAt,
    })),
  });
  const ids = await prisma.incident.findMany({
    where: { reference: { startsWith: `${prefix}-` } },
    select: { id: true },
  });
  await prisma.incidentCustomer.createMany({
    data: ids.map(({ id }) => ({
      incidentId: id,
      customerId: customer.id,
      notifyDeadline: new Date(discoveredAt.getTime() + 24 * HOUR),
      authorityDeadline: new Date(discoveredAt.getTime() + 72 * HOUR),
      createdAt: discoveredAt,
    })),
  });
  return {
    references: incidents.map((i) => i.reference),
    channels,
    messages: incidents.map(({ channel, ts }) => ({ channel, ts })),
  };
}

function pad(n: number, width = 4): string {
  return String(n).padStart(width, "0");
}

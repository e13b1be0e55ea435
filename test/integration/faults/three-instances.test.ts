// Three real app processes (src/main.ts) on one PostgreSQL, Slack in HTTP mode against the fake
// Slack Web API. A proxy in front of the fake gives each process its own SLACK_API_URL, so every
// post is known by its sender, and can hold the answers to chosen channels' posts back. Proven:
// due reminders go out once across the instances, a digest slot goes out once, and a process
// killed (SIGKILL) in the middle of a tick loses nothing, its posts in flight being the only ones
// that can go out twice. Every wait polls the database or the fakes for a condition; the file's
// timeouts bound them.
import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BOT_TOKEN, FakeSlack } from "../../fakes/slack/fake-slack.ts";
import { SIGNING_SECRET } from "../../fakes/slack/signed-request.ts";
import { type AppProcess, freePort, startApp, waitForReady } from "../../support/app-process.ts";
import { createTestDatabase, type TestDatabase } from "../../support/db.ts";
import { type DueBreachClocks, seedDueBreachClocks } from "../../support/due-breach-clocks.ts";
import { SlackProxy } from "../../support/slack-proxy.ts";

const TIMEZONE = "Europe/Brussels";
const DIGEST_CHANNEL = "C-DIGEST";
/**
 * The digest's daily time is set this far after the start, so that all three processes run when
 * it comes (three start in some 4 s on an idle two-core machine, several times that on a busy
 * one); the reminders of the first test go out meanwhile.
 */
const DIGEST_LEAD_MS = 25_000;

interface Instance {
  name: string;
  port: number;
  app: AppProcess;
  /** The id its claims are recorded under (claimedBy), read from its "scheduler started" line. */
  instanceId: string;
}

let db: TestDatabase;
let slack: FakeSlack;
let proxy: SlackProxy;
let instances: Instance[] = [];
let digestSlot: Date;
let allReadyAt: number;

beforeAll(async () => {
  db = await createTestDatabase();
  slack = await new FakeSlack().start();
  slack.memberOf.add(DIGEST_CHANNEL);
  proxy = await new SlackProxy(slack.url).start();

  digestSlot = new Date(Math.ceil((Date.now() + DIGEST_LEAD_MS) / 1000) * 1000);
  const local = DateTime.fromJSDate(digestSlot, { zone: TIMEZONE });
  const env = {
    DATABASE_URL: db.url,
    TIMEZONE,
    DEFAULT_LANGUAGE: "en",
    // The capture is scanned at debug level, as the test process's own loggers are.
    LOG_LEVEL: "debug",
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_DIGEST_CHANNEL: DIGEST_CHANNEL,
    // Ticks every second instead of every 15 s: each step below waits for a tick.
    REMINDER_TICK_CRON: "* * * * * *",
    DIGEST_CRON: `${local.second} ${local.minute} ${local.hour} * * *`,
  };
  const started = await Promise.all(
    ["a", "b", "c"].map(async (name) => {
      const port = await freePort();
      const app = startApp({ ...env, PORT: String(port), SLACK_API_URL: proxy.urlFor(name) });
      return { name, port, app };
    }),
  );
  // Registered before waiting, so afterAll stops whatever did start.
  instances = started.map((s) => ({ ...s, instanceId: "" }));
  await Promise.all(instances.map((i) => waitForReady(i.port, i.app)));
  allReadyAt = Date.now();
  for (const instance of instances) instance.instanceId = await schedulerIdOf(instance.app);
}, 90_000);

afterAll(async () => {
  for (const { app } of instances) if (app.child.exitCode === null) app.child.kill("SIGTERM");
  await Promise.all(instances.map((i) => i.app.exited));
  await proxy?.stop();
  await slack?.stop();
  await db?.drop();
});

describe("three app processes on one database", () => {
  it("post each of 1,000 due reminders exactly once between them", async () => {
    const seeded = await seedKnownToSlack("ONE", { channels: 1_000, perChannel: 1 });
    await until("every reminder sent", async () => (await sentIn("ONE")) === 1_000);

    const counts = postsPerReference("ONE");
    expect(counts.size).toBe(1_000);
    expect(seeded.references.filter((ref) => counts.get(ref) !== 1)).toEqual([]);
    // Which process posted how many (shared through the claims; not asserted, it follows the load).
    const perInstance = instances.map(
      (i) => proxy.posts.filter((p) => p.instance === i.name && p.channel.startsWith("C-ONE-")).length,
    );
    expect(perInstance.reduce((a, b) => a + b, 0)).toBe(1_000);
    console.info(`reminders posted per instance: ${perInstance.join(", ")}`);
  }, 60_000);

  it("post one digest for the daily slot that all three reached", async () => {
    expect(allReadyAt, "all three processes were running before the digest slot").toBeLessThan(
      digestSlot.getTime(),
    );
    await until("the digest slot sent", async () => {
      const run = await db.prisma.digestRun.findFirst({ where: { slot: digestSlot } });
      return Boolean(run?.sentAt);
    });
    // Each process's digest job fired at the slot; each then also finishes a tick, whose catch-up
    // looks for a due slot that was not sent (a count that grows after this moment comes from a
    // tick that asked after the slot had gone out).
    const before = await Promise.all(instances.map(tickCount));
    await until("a further tick of every process", async () =>
      (await Promise.all(instances.map(tickCount))).every((count, i) => count > before[i]!),
    );

    const runs = await db.prisma.digestRun.findMany();
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ slot: digestSlot, platform: "slack", channelId: DIGEST_CHANNEL });
    expect(instances.map((i) => i.instanceId)).toContain(runs[0]!.claimedBy);
    expect(slack.callsOf("chat.postMessage").filter((c) => c.args.channel === DIGEST_CHANNEL)).toHaveLength(
      1,
    );
  }, 60_000);

  it("lose nothing when one is killed mid-tick; only its posts in flight can go out twice", async () => {
    // Answers to these channels' posts are held from now on: every post of this test stays in
    // flight (posted at the fake, its sender waiting) until released, which follows within seconds:
    // the delivery client gives up on an answer after 15 s, and retries what it gave up on.
    proxy.hold((channel) => channel.startsWith("C-KIL-"));
    // Two reminders per channel: a process posts a channel's reminders one after the other, so each
    // claimed channel has one post in flight and one claimed reminder not yet posted.
    const seeded = await seedKnownToSlack("KIL", { channels: 150, perChannel: 2 });

    // The victim: a process that has a post in flight in every channel it has claimed.
    let victim: Instance | undefined;
    await until("a process with all its claimed channels in flight", async () => {
      const claimed = await claimedChannels("KIL");
      victim = instances.find((i) => {
        const channels = claimed.get(i.instanceId);
        const held = new Set(proxy.heldFrom(i.name).map((p) => p.channel));
        return (
          channels !== undefined && channels.size === held.size && [...channels].every((c) => held.has(c))
        );
      });
      return victim !== undefined;
    });
    const dead = victim!;
    const claimedByDead = (await claimedChannels("KIL")).get(dead.instanceId)!.size;
    dead.app.child.kill("SIGKILL");
    expect(await dead.app.exited).toBeNull(); // killed by the signal, no exit code
    proxy.release();

    // Its claims come back when their lease (5 minutes) runs out. Instead of waiting that long, the
    // test moves the dead process's leases to the past: the state time would give them. The
    // survivors' own claims are left as they are.
    await db.prisma.$executeRaw`
      UPDATE "Reminder" SET "claimedUntil" = now() - interval '1 second'
      WHERE status = 'claimed' AND "claimedBy" = ${dead.instanceId}`;
    await until("every reminder sent", async () => (await sentIn("KIL")) === seeded.references.length);

    const counts = postsPerReference("KIL");
    // None lost: every reminder went out.
    expect(seeded.references.filter((ref) => (counts.get(ref) ?? 0) < 1)).toEqual([]);
    // The bound on duplicates (src/scheduler/send-reminders.ts, reminders.ts): a reminder is marked
    // sent only after Slack answered its post, under the poster's claim. A process that dies leaves
    // its claimed rows claimed; once their lease has run out another process claims and posts them.
    // What it had not posted yet goes out once; what it had posted and not yet marked sent goes out
    // again. So duplicates <= the dead process's posts without a recorded answer: at most one per
    // channel it had claimed (a channel's reminders go one after the other), at most the batch
    // (100). Here every one of those was posted at the fake, so each of them is a duplicate.
    const inFlight = proxy.posts
      .filter((p) => p.instance === dead.name && p.channel.startsWith("C-KIL-") && !p.answered)
      .map((p) => referenceIn(p.text, "KIL"));
    const duplicates = seeded.references.filter((ref) => (counts.get(ref) ?? 0) > 1);
    expect(inFlight.length).toBe(claimedByDead);
    expect(inFlight.length).toBeGreaterThan(0);
    expect(duplicates.length).toBeLessThanOrEqual(inFlight.length);
    expect(duplicates.filter((ref) => !inFlight.includes(ref))).toEqual([]);
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(2);
    console.info(`killed with ${inFlight.length} posts in flight; ${duplicates.length} posted twice`);

    // The survivors never posted a reminder whose claim they had lost.
    for (const survivor of instances.filter((i) => i !== dead)) {
      expect(survivor.app.output.join("")).not.toMatch(/claim had been taken over/);
    }
  }, 60_000);
});

/** Seeds due breach clocks in channels the fake Slack knows, with each incident's message in it. */
async function seedKnownToSlack(
  prefix: string,
  layout: { channels: number; perChannel: number },
): Promise<DueBreachClocks> {
  const seeded = await seedDueBreachClocks(db.prisma, { prefix, ...layout, now: new Date() });
  for (const channel of seeded.channels) slack.memberOf.add(channel);
  for (const { channel, ts } of seeded.messages) {
    slack.messages.set(`${channel}/${ts}`, { channel, ts, text: "", blocks: [] });
  }
  return seeded;
}

function referenceIn(text: string, prefix: string): string {
  const found = new RegExp(`\\b${prefix}-\\d{4}\\b`).exec(text);
  if (!found) throw new Error(`no ${prefix} reference in a post: ${text.slice(0, 200)}`);
  return found[0];
}

/** chat.postMessage calls the fake received, per incident reference of `prefix`. */
function postsPerReference(prefix: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const call of slack.callsOf("chat.postMessage")) {
    if (!String(call.args.channel).startsWith(`C-${prefix}-`)) continue;
    const ref = referenceIn(String(call.args.text), prefix);
    counts.set(ref, (counts.get(ref) ?? 0) + 1);
  }
  return counts;
}

async function sentIn(prefix: string): Promise<number> {
  return db.prisma.reminder.count({ where: { status: "sent", channelId: { startsWith: `C-${prefix}-` } } });
}

/** The channels in which each process holds claimed reminders, by its instance id. */
async function claimedChannels(prefix: string): Promise<Map<string, Set<string>>> {
  const rows = await db.prisma.reminder.findMany({
    where: { status: "claimed", channelId: { startsWith: `C-${prefix}-` } },
    select: { claimedBy: true, channelId: true },
  });
  const byInstance = new Map<string, Set<string>>();
  for (const row of rows) {
    const set = byInstance.get(row.claimedBy ?? "") ?? new Set<string>();
    set.add(row.channelId ?? "");
    byInstance.set(row.claimedBy ?? "", set);
  }
  return byInstance;
}

/** Ticks the process has finished, from its GET /metrics. */
async function tickCount(instance: Instance): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${instance.port}/metrics`)).text();
  const found = /^dpa_scheduler_tick_duration_seconds_count (\d+)$/m.exec(text);
  return found ? Number(found[1]) : 0;
}

async function schedulerIdOf(app: AppProcess): Promise<string> {
  let id: string | undefined;
  await until("the scheduler's start line", async () => {
    for (const line of app.output.join("").split("\n")) {
      if (!line.includes('"scheduler started"')) continue;
      id = (JSON.parse(line) as { instanceId?: string }).instanceId;
    }
    return id !== undefined;
  });
  return id!;
}

/** Polls `condition` until it holds; the test's timeout bounds the wait. */
async function until(what: string, condition: () => Promise<boolean>): Promise<void> {
  for (;;) {
    if (await condition()) return;
    const exited = instances.find((i) => i.app.child.exitCode !== null && i.app.child.signalCode === null);
    if (exited)
      throw new Error(`waiting for ${what}: process ${exited.name} exited:\n${exited.app.output.join("")}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

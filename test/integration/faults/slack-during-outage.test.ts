// A Slack user during a database outage: /datalek still opens (the loading view needs no database)
// and then says "try again in a moment"; a submitted report gets the same answer on the form, and
// nothing is half-written. A PostgreSQL of this file's own, stopped and started again.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFreePort } from "../../../src/adapters/db/embedded/free-port.ts";
import { type EmbeddedPostgres, startEmbeddedPostgres } from "../../../src/adapters/db/embedded.ts";
import { applyMigrations } from "../../../src/adapters/db/migrate.ts";
import { createPrismaClient } from "../../../src/adapters/db/prisma.ts";
import { t } from "../../../src/domain/i18n/translate.ts";
import { slashCommand } from "../../fixtures/slack/payloads.ts";
import {
  blockText,
  currentView,
  type Harness,
  INCIDENT_CHANNEL,
  openReportForm,
  seedCustomer,
  startHarness,
  submit,
} from "../slack/harness.ts";

let root: string;
let dataDir: string;
let port: number;
let server: EmbeddedPostgres | undefined;
let h: Harness;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "dpa-bot-slack-outage-"));
  dataDir = join(root, "data");
  port = await findFreePort();
  server = await startEmbeddedPostgres({ dataDir, port });
  await applyMigrations(server.url);
  const prisma = createPrismaClient(server.url, { maxConnections: 3 });
  h = await startHarness({
    now: "2026-05-04T08:00:00Z",
    db: { prisma, url: server.url, name: "outage", drop: () => prisma.$disconnect() },
  });
}, 120_000);

afterAll(async () => {
  await h?.close();
  await server?.stop();
  await rm(root, { recursive: true, force: true });
}, 60_000);

// The reporter's Slack locale is nl-BE (the harness), so the answer is Dutch.
const tryAgain = t("nl", "breach.error.tryAgainSoon");

describe("Slack while PostgreSQL is down", () => {
  it("answers 'try again in a moment' to /datalek and to a submitted report, and stores nothing", async () => {
    const acme = await seedCustomer(h, { key: "acme", name: "Acme BV" });
    const { view } = await openReportForm(h, { text: "Laptop gestolen", channelId: INCIDENT_CHANNEL });

    await server!.stop();
    server = undefined;
    const response = await submit(h, view, {
      customers: [{ value: acme.id, text: "Acme BV (acme)" }],
      discoveredAt: new Date("2026-05-04T06:30:00Z"),
      nature: ["confidentiality"],
      records: "100-200",
      subjects: "~150",
    });
    expect(response.status).toBe(200);
    const answer = JSON.parse(response.text) as { response_action: string; errors: Record<string, string> };
    expect(answer.response_action).toBe("errors");
    expect(Object.values(answer.errors)).toEqual([tryAgain]);

    const opened = h.slack.callsOf("views.open").length;
    await h.post(slashCommand({ triggerId: h.slack.issueTrigger(), channelId: INCIDENT_CHANNEL }));
    expect(h.slack.callsOf("views.open")).toHaveLength(opened + 1);
    // The notice, opened at once or replacing the loading view, whichever the outage allowed.
    expect(blockText(currentView(h, h.slack.lastViewId!).blocks)).toContain(tryAgain);

    server = await startEmbeddedPostgres({ dataDir, port });
    expect(await h.db.prisma.incident.count()).toBe(0);
    expect(await h.db.prisma.incidentCustomer.count()).toBe(0);
    expect(h.slack.callsOf("chat.postMessage")).toHaveLength(0);
  }, 120_000);
});

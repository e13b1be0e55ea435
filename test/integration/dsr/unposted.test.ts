// A request whose first post fails (Slack rate limit) is saved all the same, with the channel it
// was meant for; the scheduler posts it there once the hold has passed, once, whoever tries.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REQUEST_TEXT, SUBJECT_NAME } from "../../fixtures/dsr/data-subject.ts";
import { type Harness, INCIDENT_CHANNEL, startHarness, submit } from "../slack/harness.ts";
import { openRequestForm, seedRequestCustomer } from "./support.ts";

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ now: "2026-03-10T10:00:00Z" });
});
afterAll(async () => {
  await h?.close();
});

describe("a request whose first post failed", () => {
  it("is posted by the scheduler in the channel it was meant for, once", async () => {
    const customer = await seedRequestCustomer(h.db.prisma, {
      key: "acme",
      name: "Acme NV",
      contacts: [{ name: "Inge", email: "privacy@acme.example", roles: ["dsr"] }],
    });
    const view = await openRequestForm(h, { channelId: INCIDENT_CHANNEL, channelName: "incidents" });
    h.slack.failNext("chat.postMessage", { status: 429, retryAfter: 30 });
    await submit(h, view, {
      customer: customer.id,
      type: "objection",
      receivedAt: new Date("2026-03-10T09:00:00Z"),
      receivedVia: "letter",
      subject: SUBJECT_NAME,
      requestText: REQUEST_TEXT,
    });
    const saved = await h.db.prisma.dataSubjectRequest.findFirstOrThrow();
    expect(saved).toMatchObject({ messageId: null, channelId: INCIDENT_CHANNEL, platform: "slack" });

    expect(await h.app.publishUnpostedRequests()).toBe(0); // within the hold (Retry-After) and the grace
    h.clock.advance(61_000);
    const [first, second] = await Promise.all([
      h.app.publishUnpostedRequests(),
      h.app.publishUnpostedRequests(),
    ]);
    expect(first + second).toBe(1);
    expect(await h.app.publishUnpostedRequests()).toBe(0);
    const posted = await h.db.prisma.dataSubjectRequest.findFirstOrThrow();
    expect(posted.channelId).toBe(INCIDENT_CHANNEL);
    expect(posted.messageId).not.toBeNull();
    const posts = h.slack.callsOf("chat.postMessage").filter((c) => c.args.channel === INCIDENT_CHANNEL);
    expect(posts).toHaveLength(2); // the refused one and the one that went through
  });
});

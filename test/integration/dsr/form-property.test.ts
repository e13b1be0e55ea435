// Property: whatever is typed into the request form (random, over-long, unicode, control
// characters, mrkdwn and mention injection), submitting it through Slack gives a clear field error
// in the person's language or a request that stores the text exactly; never a crash, never a
// mention that pings in a channel. Every language the bot speaks takes its turn.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LANGUAGES } from "../../../src/domain/i18n/languages.ts";
import { catalogs, t } from "../../../src/domain/i18n/translate.ts";
import { type Harness, INCIDENT_CHANNEL, REPORTER, startHarness, submit } from "../slack/harness.ts";
import { channelTraffic, openRequestForm, seedRequestCustomer } from "./support.ts";

let h: Harness;
let customerId: string;
const MENTION = /<(?:!(?!date\^)[^>]*|@[A-Z0-9]+[^>]*|#C[^>]*)>/;

beforeAll(async () => {
  h = await startHarness({ now: "2026-03-10T10:00:00Z" });
  customerId = (
    await seedRequestCustomer(h.db.prisma, {
      key: "acme",
      name: "Acme <!channel> NV",
      contacts: [{ name: "Inge", email: "privacy@acme.example", roles: ["dsr"] }],
    })
  ).id;
});
afterAll(async () => {
  await h?.close();
});

const typed = fc.oneof(
  fc.string({ maxLength: 3500 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.constantFrom(
    "<!channel>",
    "<!here> *x*",
    "<@U0123ABCD>",
    "<!subteam^S1|@all>",
    "`a` ~b~ _c_ > quote",
    "\u0000\u001b[31m",
  ),
);

describe("the request form under any input", () => {
  it("answers with a field error or stores the text exactly, and never pings", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...LANGUAGES),
        typed,
        typed,
        async (language, subject, requestText) => {
          await h.db.prisma.account.updateMany({
            where: { platform: "slack", workspaceId: "T0001", platformUserId: REPORTER.id },
            data: { language },
          });
          const before = await h.db.prisma.dataSubjectRequest.count();
          const view = await openRequestForm(h, { channelId: INCIDENT_CHANNEL, channelName: "incidents" });
          expect((view.title as { text: string }).text).toBe(t(language, "dsr.form.title"));
          const response = await submit(h, view, {
            customer: customerId,
            type: "access",
            receivedAt: new Date("2026-03-10T09:00:00Z"),
            receivedVia: "email",
            subject,
            requestText,
          });
          expect(response.status).toBe(200);
          const after = await h.db.prisma.dataSubjectRequest.count();
          if (response.body?.response_action === "errors") {
            expect(after).toBe(before);
            const fields = Object.keys(response.body.errors);
            expect(fields.length).toBeGreaterThan(0);
            for (const field of fields) expect(["subject", "requestText"]).toContain(field);
            const texts = new Set(
              Object.values(catalogs[language]).filter((text) => typeof text === "string"),
            );
            for (const error of Object.values(response.body.errors)) expect(texts).toContain(error);
          } else {
            expect(after).toBe(before + 1);
            const stored = await h.db.prisma.dataSubjectRequest.findUniqueOrThrow({
              where: { idempotencyKey: `slack:view:${view.id}` },
            });
            expect(stored.subjectDetails).toBe(subject.trim());
            expect(stored.requestText).toBe(requestText.trim());
          }
          expect(channelTraffic(h)).not.toMatch(MENTION);
        },
      ),
      { numRuns: 30 },
    );
    expect(h.slack.violations).toEqual([]);
  }, 120_000);
});

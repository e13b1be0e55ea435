// Whatever goes wrong while answering, the person gets a short page (or JSON) in their language
// and the log keeps the detail: no stack, no file path, no database driver text in the answer.
// Without NODE_ENV=production Express's own handler used to answer with all three.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "../../../src/adapters/db/prisma.ts";
import type { PrismaClient } from "../../../src/generated/prisma/client.ts";
import { createLogger } from "../../../src/logger.ts";
import { ManualClock } from "../../integration/scheduler/support.ts";
import { createEmptyTestDatabase, useTestDatabase } from "../../support/db.ts";
import { type DecisionPageHarness, startDecisionPage } from "../../support/decision-page.ts";
import { leaksIn } from "../../support/leaks.ts";

let prisma: PrismaClient;
useTestDatabase((db) => {
  prisma = db.prisma;
});

const clock = new ManualClock("2027-02-01T09:00:00Z");
const logged: string[] = [];
const logger = createLogger("info", { write: (line: string) => void logged.push(line) });
const harnesses: DecisionPageHarness[] = [];
const cleanups: Array<() => Promise<void>> = [];
let base = "";

beforeAll(async () => {
  const page = await startDecisionPage(prisma, clock, { logger, defaultLanguage: "nl" });
  harnesses.push(page);
  base = page.base;
});

afterAll(async () => {
  for (const page of harnesses) await page.stop();
  for (const cleanup of cleanups.reverse()) await cleanup();
});

const A_TOKEN = "A".repeat(43);

async function answer(url: string, init: RequestInit = {}) {
  const response = await fetch(url, init);
  const body = await response.text();
  return { status: response.status, type: response.headers.get("content-type") ?? "", body };
}

function expectClean(body: string) {
  expect(leaksIn(body), body.slice(0, 2000)).toEqual([]);
}

describe("errors on the HTTP surface", () => {
  it("a path that cannot be decoded gets a short page, without stack or paths", async () => {
    const { status, type, body } = await answer(`${base}/decide/%E0%A4%A`);
    expect(status).toBe(400);
    expect(type).toMatch(/^text\/html/);
    expect(body).toContain('<html lang="nl">');
    expect(body).toContain("Ongeldig verzoek");
    expectClean(body);
  });

  it("a 20 KB form gets a short page in the language the browser asks for", async () => {
    const { status, body } = await answer(`${base}/decide/x`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "accept-language": "en-GB,en;q=0.8" },
      body: `reason=${"x".repeat(20_000)}`,
    });
    expect(status).toBe(413);
    expect(body).toContain('<html lang="en">');
    expect(body).toContain("too large");
    expectClean(body);
  });

  it("an unknown address is a 404 page, JSON for API paths and for clients that ask for JSON", async () => {
    const page = await answer(`${base}/nothing/here`, { headers: { "accept-language": "nl-BE" } });
    expect(page.status).toBe(404);
    expect(page.body).toContain("Pagina niet gevonden");
    const api = await answer(`${base}/api/nothing`, { headers: { "accept-language": "en" } });
    expect(api.status).toBe(404);
    expect(api.type).toMatch(/^application\/json/);
    expect(JSON.parse(api.body)).toEqual({ error: "not_found", message: expect.stringContaining("nothing") });
    const json = await answer(`${base}/nothing`, { headers: { accept: "application/json" } });
    expect(JSON.parse(json.body)).toMatchObject({ error: "not_found" });
  });

  it.each([
    ["unreachable", () => createPrismaClient("postgresql://postgres:postgres@127.0.0.1:1/nowhere")],
    ["without its tables", async () => createPrismaClient((await emptyDatabase()).url)],
  ])(
    "a database %s during the token look-up gives a 500 page; the log keeps the driver's message",
    async (_, broken) => {
      const brokenPrisma = await broken();
      cleanups.push(() => brokenPrisma.$disconnect());
      const page = await startDecisionPage(brokenPrisma, clock, { logger, defaultLanguage: "nl" });
      harnesses.push(page);
      logged.length = 0;
      const { status, body } = await answer(`${page.base}/decide/${A_TOKEN}`, {
        headers: { "accept-language": "en" },
      });
      expect(status).toBe(500);
      expect(body).toContain('<html lang="en">');
      expect(body).toContain("Something went wrong");
      expectClean(body);
      const errors = logged.map((line) => JSON.parse(line)).filter((line) => line.level >= 50);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({ method: "GET", path: "/decide/[token]", status: 500 });
      expect(errors[0].err.stack).toMatch(/findApprovalLink/);
      expect(JSON.stringify(errors[0])).not.toContain(A_TOKEN);
    },
  );
});

async function emptyDatabase() {
  const empty = await createEmptyTestDatabase();
  cleanups.push(empty.drop);
  return empty;
}

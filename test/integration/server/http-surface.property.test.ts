// Property over the whole HTTP surface of the real process (src/main.ts with Slack in HTTP mode,
// Teams, the decision page, the console, health and metrics on one port, NODE_ENV unset as in
// development): random paths, methods, headers and bodies (malformed JSON and forms, bodies over
// every limit, wrong content types, charsets and encodings, signed and unsigned Slack requests,
// forwarded addresses) never get an answer that shows a stack frame, a server path, node_modules or the
// database driver's text. Random requests to a real decision link decide nothing. Then the
// composition root's TRUST_PROXY and PUBLIC_URL, end to end.

import { type IncomingHttpHeaders, request } from "node:http";
import { gzipSync } from "node:zlib";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueApprovalLink } from "../../../src/adapters/db/repositories/approval-links.ts";
import { systemClock } from "../../../src/domain/ports.ts";
import { proposeChange } from "../../../src/domain/subprocessor/propose-change.ts";
import { RecordingChat } from "../../fakes/chat/recording-chat.ts";
import { BOT_TOKEN, FakeSlack } from "../../fakes/slack/fake-slack.ts";
import { SIGNING_SECRET, signatureFor } from "../../fakes/slack/signed-request.ts";
import { type AppProcess, freePort, startApp, waitForReady } from "../../support/app-process.ts";
import { signInLinkFor } from "../../support/console-sign-in.ts";
import { createTestDatabase, type TestDatabase } from "../../support/db.ts";
import { hostileText } from "../../support/hostile-input.ts";
import { leaksIn } from "../../support/leaks.ts";
import { grantRoles } from "../../support/staff.ts";
import {
  proposalInput,
  STAFF,
  seedCustomerWithApprovers,
  subprocessorDeps,
} from "../../support/subprocessor.ts";

let db: TestDatabase;
let slack: FakeSlack;
let app: AppProcess;
let port = 0;
/** /decide/<token> of a real, usable link. */
let linkPath = "";

beforeAll(async () => {
  db = await createTestDatabase();
  slack = await new FakeSlack().start();
  linkPath = await seedDecisionLink(db);
  port = await freePort();
  app = startApp({
    DATABASE_URL: db.url,
    PORT: String(port),
    DEFAULT_LANGUAGE: "nl",
    TEAMS_LOCAL: "true",
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.url,
    TRUST_PROXY: "loopback",
    PUBLIC_URL: "https://dpa-bot.example.test",
  });
  await waitForReady(port, app);
}, 120_000);

afterAll(async () => {
  if (app && app.child.exitCode === null) {
    app.child.kill("SIGTERM");
    await app.exited;
  }
  await slack?.stop();
  await db?.drop();
});

async function seedDecisionLink(database: TestDatabase): Promise<string> {
  const { prisma } = database;
  await seedCustomerWithApprovers(prisma, {
    key: "acme",
    name: "Acme NV",
    approvers: [{ name: "Jan Peeters", email: "jan@acme.example" }],
  });
  const deps = subprocessorDeps(prisma, new RecordingChat(systemClock), systemClock, { emailEnabled: true });
  await grantRoles(prisma, STAFF, "privacy_officer");
  await proposeChange(deps, {
    input: proposalInput(),
    idempotencyKey: "surface",
    actor: STAFF,
    language: "en",
    platform: null,
  });
  const row = await prisma.approvalRequest.findFirstOrThrow({ where: { channel: "email" } });
  const now = systemClock.now();
  const link = await issueApprovalLink(prisma, {
    approvalRequestId: row.id,
    contactId: row.contactId!,
    now,
    expiresAt: new Date(now.getTime() + 86_400_000),
  });
  return `/decide/${link.token}`;
}

interface Sent {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: Buffer;
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** One request on its own connection; null when the server closed it without an answer. */
function send(req: Sent): Promise<Answer | null> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: "127.0.0.1", port, method: req.method, path: req.path, headers: req.headers, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
        response.on("error", () => resolve(null));
      },
    );
    outgoing.setTimeout(15_000, () => reject(new Error(`no answer within 15 s: ${req.method} ${req.path}`)));
    // A server may answer (413) and close before it has read a huge body: the write then fails.
    outgoing.on("error", () => resolve(null));
    outgoing.end(req.body);
  });
}

/** Header values as HTTP can carry them: no control characters, nothing past Latin-1. */
const headerSafe = (text: string) => text.replace(/[^\t\x20-\x7e\xa0-\xff]/g, "?").slice(0, 2000);

/** Every byte of `text` (UTF-8) that a URL may not carry, percent-encoded. */
const percentEncoded = (text: string) =>
  [...Buffer.from(text, "utf8")]
    .map((byte) =>
      /[A-Za-z0-9\-._~!$&'()*+,;=:@/]/.test(String.fromCharCode(byte))
        ? String.fromCharCode(byte)
        : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`,
    )
    .join("");

const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined, freq: 3 });
const oneOfOrHostile = (...values: string[]) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...values) },
    { weight: 1, arbitrary: hostileText.map(headerSafe) },
  );

function requests(): fc.Arbitrary<Sent> {
  const weighted = (weight: number, ...paths: string[]) => ({ weight, arbitrary: fc.constantFrom(...paths) });
  const prefix = fc.oneof(
    weighted(4, linkPath, "/slack/events", "/api/messages"),
    weighted(2, "/decide/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", `${linkPath}/`, "/decide/", "/decide"),
    weighted(1, "/", "/api/", "/healthz", "/readyz", "/metrics", "//", "/nothing"),
    // The console: its sign-in routes and a page behind the session.
    weighted(1, "/auth/sign-in", "/auth/callback", "/auth/sign-out", "/auth/link/", "/incidents", "/audit"),
  );
  const piece = fc.oneof(
    fc.constantFrom("", "%E0%A4%A", "%", "%zz", "%00", "%2e%2e%2f", "../..", "%C0%AF", "%FF", "%u0041"),
    fc.constantFrom("?a=1&a=2", "?__proto__[x]=1", "?q=%E0", ";jsessionid=1", "#frag", "x".repeat(3000)),
    hostileText.map(percentEncoded),
    fc.string({ unit: fc.constantFrom(..."ab/%.-_~!$&'()*+,;=:@?"), maxLength: 30 }),
  );
  const path = fc
    .tuple(
      prefix,
      fc.oneof(
        { weight: 1, arbitrary: fc.constant([]) },
        { weight: 1, arbitrary: fc.array(piece, { maxLength: 3 }) },
      ),
    )
    .map(([start, pieces]) => `${start}${pieces.join("")}`.slice(0, 12_000));
  const method = fc.constantFrom(
    "GET",
    "GET",
    "POST",
    "POST",
    "POST",
    "HEAD",
    "PUT",
    "PATCH",
    "DELETE",
    "OPTIONS",
  );

  const body = fc.oneof(
    { weight: 2, arbitrary: fc.constant("") },
    { weight: 3, arbitrary: hostileText },
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        "{",
        '{"type":',
        '{"a":1,}',
        "null",
        "[]",
        '"x"',
        '{"__proto__":{"polluted":1}}',
        '{"type":"message"}',
        '{"type":"invoke","name":"adaptiveCard/action","value":{}}',
        "payload=%7Bnot%20json",
        "payload=%7B%22type%22%3A%22view_submission%22%7D",
        "command=%2Fdatalek&text=x",
        "csrf=&decision=approve&confirm=yes",
        "a=%zz&b",
        "a[b][c]=1",
        "&&&==",
        Array.from({ length: 50 }, (_, i) => `p${i}=1`).join("&"),
      ),
    },
    { weight: 2, arbitrary: fc.json() },
    {
      weight: 1,
      arbitrary: fc.uint8Array({ maxLength: 400 }).map((bytes) => Buffer.from(bytes).toString("latin1")),
    },
  );
  /** Bodies past the decision form's 16 KB, express.json's 100 KB and Bolt's 4 MB. */
  const huge = fc.constantFrom(17_000, 120_000, 1_100_000, 4_300_000).map((size) => Buffer.alloc(size, "a"));
  const gzipBomb = fc.constant(gzipSync(Buffer.alloc(8_000_000, "{")));
  const payload = fc.oneof(
    { weight: 12, arbitrary: body.map((text) => ({ bytes: Buffer.from(text, "utf8"), text })) },
    { weight: 1, arbitrary: huge.map((bytes) => ({ bytes, text: undefined })) },
    { weight: 1, arbitrary: gzipBomb.map((bytes) => ({ bytes, text: undefined })) },
  );

  const headers = fc.record({
    "content-type": maybe(
      oneOfOrHostile(
        "application/json",
        "application/json; charset=utf-7",
        'application/json; charset="',
        "application/json;charset=utf-16",
        "application/x-www-form-urlencoded",
        "application/x-www-form-urlencoded; charset=latin1",
        "text/plain",
        "multipart/form-data; boundary=x",
        "application/xml",
        ";;;",
      ),
    ),
    "content-encoding": maybe(
      fc.constantFrom("gzip", "deflate", "br", "identity", "zstd", "x-nope", "gzip, gzip"),
    ),
    accept: maybe(
      oneOfOrHostile("text/html", "application/json", "*/*", "application/json;q=0.1, text/html", "x;;q=z"),
    ),
    "accept-language": maybe(oneOfOrHostile("en", "nl-BE,nl;q=0.9", "fr", "*", "en;q=abc", ",,,")),
    "x-forwarded-for": maybe(
      oneOfOrHostile("203.0.113.7", "::1, 10.0.0.1", "not-an-ip", ",,", "1.2.3.4, evil"),
    ),
    "x-forwarded-proto": maybe(oneOfOrHostile("https", "http", "gopher", "https, http")),
    cookie: maybe(oneOfOrHostile("dpa_csrf_x=%E0", "a=b; c", "=; ;=")),
    "user-agent": maybe(hostileText.map(headerSafe)),
  });
  /** Some Slack requests carry a valid signature, so their bodies reach Bolt's own parsing. */
  const signed = fc.oneof(
    { weight: 30, arbitrary: fc.constant(false) },
    { weight: 1, arbitrary: fc.constant(true) },
  );

  return fc.tuple(method, path, payload, headers, signed).map(([verb, target, load, fields, sign]) => {
    const sentHeaders: Record<string, string> = { connection: "close" };
    for (const [name, value] of Object.entries(fields)) if (value !== undefined) sentHeaders[name] = value;
    if (sign && load.text !== undefined) {
      const timestamp = Math.floor(systemClock.now().getTime() / 1000);
      sentHeaders["x-slack-request-timestamp"] = String(timestamp);
      sentHeaders["x-slack-signature"] = signatureFor(SIGNING_SECRET, timestamp, load.text);
    }
    return { method: verb, path: target, headers: sentHeaders, body: load.bytes };
  });
}

/** The answer's text a person or program sees, without the secrets the test itself put there. */
function shown(answer: Answer): string {
  const headers = Object.entries(answer.headers)
    .filter(([name]) => name !== "set-cookie")
    .map(([name, value]) => `${name}: ${String(value)}`)
    .join("\n");
  return `${headers}\n${answer.body}`
    .replaceAll(linkPath.slice("/decide/".length), "[link]")
    .replace(/name="csrf" value="[^"]*"/g, 'name="csrf" value="[csrf]"');
}

describe("the HTTP surface", () => {
  it("never answers with a stack, a server path, node_modules or database driver text", {
    timeout: 600_000,
  }, async () => {
    await fc.assert(
      fc.asyncProperty(requests(), async (sent) => {
        const answer = await send(sent);
        if (!answer) return;
        expect(
          leaksIn(shown(answer)),
          `${sent.method} ${sent.path.slice(0, 200)}\n${answer.body.slice(0, 1500)}`,
        ).toEqual([]);
      }),
      {
        numRuns: 300,
        examples: [
          [{ method: "GET", path: "/decide/%E0%A4%A", headers: {}, body: Buffer.alloc(0) }],
          [
            {
              method: "POST",
              path: "/decide/x",
              headers: { "content-type": "application/x-www-form-urlencoded" },
              body: Buffer.alloc(20_000, "a"),
            },
          ],
          [
            {
              method: "POST",
              path: "/api/messages",
              headers: { "content-type": "application/json" },
              body: Buffer.from('{"type":'),
            },
          ],
        ],
      },
    );
    // Still serving, and nothing above decided anything.
    expect(app.child.exitCode).toBeNull();
    expect(
      (await send({ method: "GET", path: "/healthz", headers: {}, body: Buffer.alloc(0) }))?.status,
    ).toBe(200);
    expect((await db.prisma.proposalCustomer.findFirstOrThrow()).status).toBe("pending");
    expect(await db.prisma.approvalLink.count({ where: { usedAt: { not: null } } })).toBe(0);
  });

  it("behind a proxy on loopback (TRUST_PROXY) records the forwarded client address; PUBLIC_URL https makes the cookie Secure", async () => {
    const base = `http://127.0.0.1:${port}${linkPath}`;
    const page = await fetch(base);
    expect(page.status).toBe(200);
    const setCookie = page.headers.getSetCookie()[0] ?? "";
    expect(setCookie).toMatch(/;\s*Secure/i);
    const csrf = (await page.text()).match(/name="csrf" value="([^"]+)"/)?.[1] ?? "";
    const done = await fetch(base, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        cookie: setCookie.split(";")[0]!,
        "x-forwarded-for": "198.51.100.23",
        "x-forwarded-proto": "https",
      },
      body: new URLSearchParams({ decision: "approve", confirm: "yes", csrf }).toString(),
    });
    expect(done.status).toBe(200);
    const decided = await db.prisma.proposalCustomer.findFirstOrThrow();
    expect(decided.status).toBe("approved");
    expect(decided.evidence).toMatchObject({ ip: "198.51.100.23" });
  });

  it("PUBLIC_URL https makes the console's cookies Secure, even when the last hop was plain HTTP", async () => {
    await grantRoles(
      db.prisma,
      { platform: "web", userId: "ops@example.test", displayName: "Ops" },
      "auditor",
    );
    const link = await signInLinkFor(`http://127.0.0.1:${port}`, db.prisma, {
      platform: "web",
      userId: "ops@example.test",
    });
    const page = await fetch(link);
    expect(page.status).toBe(200);
    const formCookie = page.headers.getSetCookie()[0] ?? "";
    expect(formCookie).toMatch(/^dpa_console_link=.*;\s*Secure/i);
    const formToken = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1] ?? "";
    const signedIn = await fetch(link, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: formCookie.split(";")[0]! },
      body: new URLSearchParams({ _csrf: formToken }),
    });
    expect(signedIn.status).toBe(303);
    const session = signedIn.headers.getSetCookie().find((c) => c.startsWith("dpa_console=")) ?? "";
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/;\s*Secure/i);
  });
});

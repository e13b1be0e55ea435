// `npm start` as a newcomer runs it: no configuration, an embedded PostgreSQL under DATA_DIR,
// /readyz answering 200, a clean stop on SIGTERM, and a second start that finds the same data; the
// passwords of the embedded cluster appear in no output of the server or the CLI.
import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { cleanEnv, freePort, projectRoot, startApp, waitForReady } from "../../support/app-process.ts";

const dataDir = await mkdtemp(join(tmpdir(), "dpa-start-"));
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe("npm start on the embedded defaults", () => {
  it("becomes ready, stops cleanly, and starts again on the same data", async () => {
    const port = await freePort();
    const pgPort = await freePort();
    const env = {
      DATA_DIR: dataDir,
      PORT: String(port),
      EMBEDDED_PG_PORT: String(pgPort),
      DEFAULT_LANGUAGE: "en",
    };

    const first = startApp(env);
    const ready = await waitForReady(port, first);
    expect(await ready.json()).toEqual({ status: "up" });
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    expect(first.output.join("")).toMatch(/No Slack or Teams credentials set/);
    // The approvers' decision page shares the port: a forged link gets a clear page.
    const forged = await fetch(`http://127.0.0.1:${port}/decide/${"x".repeat(43)}`);
    expect(forged.status).toBe(404);
    expect(await forged.text()).toContain("This link cannot be used");

    // No fixed credentials: the superuser's password is the one the first start kept in DATA_DIR.
    const superuserPassword = (await readFile(join(dataDir, "postgres.superuser-password"), "utf8")).trim();
    const appPassword = (await readFile(join(dataDir, "postgres.app-password"), "utf8")).trim();
    const superuserUrl = `postgres://postgres:${superuserPassword}@127.0.0.1:${pgPort}/dpa_bot`;
    const client = new pg.Client({ connectionString: superuserUrl });
    await client.connect();
    await client.query(
      `INSERT INTO "Customer" (id, key, name, "updatedAt") VALUES (gen_random_uuid(), 'kept', 'Kept NV', now())`,
    );
    await client.end();

    // The operator's CLI, while the server runs, uses the server's embedded instance.
    const imported = runCli(
      env,
      "customers",
      "import",
      join(projectRoot, "test/fixtures/customers/good.yaml"),
    );
    expect(imported.stderr).toBe("");
    expect(imported.stdout).toMatch(/2 created/);
    expect(imported.status).toBe(0);
    const readyAfterCli = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(readyAfterCli.status).toBe(200);

    // The console shares the port too. Without an OpenID provider the log tells the newcomer how
    // to get in, and the way it names works: a role, a one-time link, its button, the console.
    expect(first.output.join("")).toContain("npm run cli -- console link --email you@example.com");
    const consoleHome = await fetch(`http://127.0.0.1:${port}/`, { redirect: "manual" });
    expect(consoleHome.status).toBe(303);
    expect(consoleHome.headers.get("location")).toBe("/auth/sign-in?next=%2F");
    expect(runCli(env, "staff", "grant", "admin", "--email", "you@example.com").status).toBe(0);
    const made = runCli(env, "console", "link", "--email", "you@example.com");
    expect(made.status).toBe(0);
    const link = /http:\/\/localhost:\d+\/auth\/link\/[\w-]+/.exec(made.stdout)?.[0] ?? "";
    const linkUrl = link.replace("localhost", "127.0.0.1");
    expect(linkUrl).toContain(`:${port}/auth/link/`);
    const linkPage = await fetch(linkUrl);
    const formToken = /name="_csrf" value="([^"]+)"/.exec(await linkPage.text())?.[1] ?? "";
    const signedIn = await fetch(linkUrl, {
      method: "POST",
      redirect: "manual",
      headers: {
        cookie: linkPage.headers
          .getSetCookie()
          .map((c) => c.split(";")[0])
          .join("; "),
        "content-type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams({ _csrf: formToken }),
    });
    expect(signedIn.status).toBe(303);
    const session = signedIn.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const home = await fetch(`http://127.0.0.1:${port}/`, { headers: { cookie: session } });
    expect(home.status).toBe(200);
    expect(await home.text()).toContain("Signed in as you@example.com");
    // The composition root wires one registry: the server's requests, and the review clocks of
    // the three customers (Kept NV and the two imported), counted in the database.
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(metrics).toMatch(/^dpa_http_requests_total\{route="\/readyz",method="GET",status="200"\} [1-9]/m);
    expect(metrics).toMatch(/^dpa_open_clocks\{kind="review"\} 3$/m);

    first.child.kill("SIGTERM");
    expect(await first.exited).toBe(0);
    for (const line of first.output
      .join("")
      .split("\n")
      .filter((l) => l.startsWith("{"))) {
      expect(() => JSON.parse(line)).not.toThrow();
    }

    const second = startApp(env);
    await waitForReady(port, second);
    const again = new pg.Client({ connectionString: superuserUrl });
    await again.connect();
    const rows = await again.query(`SELECT name FROM "Customer" WHERE key = 'kept'`);
    await again.end();
    expect(rows.rows).toEqual([{ name: "Kept NV" }]);
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);

    // With the server stopped the CLI starts the embedded instance itself, and stops it again.
    const listed = runCli(env, "customers", "list", "--json");
    expect(listed.status).toBe(0);
    expect((JSON.parse(listed.stdout) as Array<{ key: string }>).map((c) => c.key)).toEqual([
      "acme",
      "globex",
      "kept",
    ]);

    // The server and the CLI read both password files, and log neither.
    const everything = [
      ...first.output,
      ...second.output,
      imported.stdout,
      imported.stderr,
      listed.stdout,
      listed.stderr,
    ];
    for (const password of [superuserPassword, appPassword])
      expect(everything.join("")).not.toContain(password);
  });
});

function runCli(env: Record<string, string>, ...args: string[]) {
  const result = spawnSync(process.execPath, [join(projectRoot, "bin", "dpa-bot.js"), ...args], {
    cwd: tmpdir(),
    env: { ...cleanEnv(), ...env },
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

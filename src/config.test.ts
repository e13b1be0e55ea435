import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ConfigError, envSchema, loadConfig } from "./config.ts";

function envExample(): Map<string, string> {
  const text = readFileSync(new URL("../.env.example", import.meta.url), "utf8");
  const entries = new Map<string, string>();
  for (const line of text.split("\n")) {
    const match = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line.trim());
    if (match) entries.set(match[1]!, match[2]!);
  }
  return entries;
}

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe(".env.example", () => {
  it("documents exactly the variables of the schema", () => {
    expect([...envExample().keys()].sort()).toEqual(Object.keys(envSchema.shape).sort());
  });

  it("is itself a valid configuration whose values are the defaults", () => {
    const fromExample = loadConfig(Object.fromEntries(envExample()));
    expect(fromExample).toEqual(loadConfig({}));
  });
});

describe("loadConfig", () => {
  it("defaults to the embedded database, port 3000, Brussels time, Dutch, no chat", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      databaseUrl: undefined,
      dataDir: "./data",
      port: 3000,
      timezone: "Europe/Brussels",
      defaultLanguage: "nl",
      slack: { enabled: false },
      teams: { enabled: false },
      mail: { enabled: false },
      digestCron: "0 9 * * *",
      reminders: { breachHoursBefore: [12, 4, 1], authorityHoursBefore: [24, 4] },
    });
  });

  it("names every wrong variable once, with its value", () => {
    const problems = problemsOf({
      PORT: "abc",
      TIMEZONE: "Mars/Olympus",
      DEFAULT_LANGUAGE: "fr",
      DIGEST_CRON: "nope",
    });
    expect(problems).toHaveLength(4);
    expect(problems.find((p) => p.startsWith("PORT:"))).toContain('"abc"');
    expect(problems.find((p) => p.startsWith("TIMEZONE:"))).toContain("IANA");
    expect(problems.some((p) => p.startsWith("DEFAULT_LANGUAGE:"))).toBe(true);
    expect(problems.some((p) => p.startsWith("DIGEST_CRON:"))).toBe(true);
  });

  it("never echoes a secret in an error", () => {
    const problems = problemsOf({ SLACK_BOT_TOKEN: "not-a-token-s3cret" });
    expect(problems.join("\n")).toContain("SLACK_BOT_TOKEN");
    expect(problems.join("\n")).not.toContain("s3cret");
  });

  it("chooses Socket Mode with an app token and HTTP mode with a signing secret", () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1" }).slack).toMatchObject({
      enabled: true,
      mode: "socket",
    });
    expect(loadConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s" }).slack).toMatchObject({
      enabled: true,
      mode: "http",
    });
  });

  it("requires the rest of an integration once part of it is set", () => {
    expect(problemsOf({ SLACK_BOT_TOKEN: "xoxb-1" })).toEqual([
      expect.stringMatching(/^SLACK_SIGNING_SECRET:/),
    ]);
    expect(problemsOf({ SLACK_SIGNING_SECRET: "s" })).toEqual([expect.stringMatching(/^SLACK_BOT_TOKEN:/)]);
    expect(problemsOf({ TEAMS_CLIENT_ID: "id" })).toHaveLength(2);
    expect(problemsOf({ SMTP_URL: "smtp://localhost:25" })).toEqual([expect.stringMatching(/^MAIL_FROM:/)]);
  });

  it("enables Teams with the three Azure variables, or locally without them, never locally in production", () => {
    expect(loadConfig({}).teams).toEqual({ enabled: false });
    expect(
      loadConfig({ TEAMS_CLIENT_ID: "id", TEAMS_CLIENT_SECRET: "s", TEAMS_TENANT_ID: "t" }).teams,
    ).toMatchObject({ enabled: true, mode: "azure", clientId: "id", tenantId: "t" });
    expect(loadConfig({ TEAMS_LOCAL: "true", TEAMS_DIGEST_CONVERSATION: "19:abc" }).teams).toEqual({
      enabled: true,
      mode: "local",
      digestConversation: "19:abc",
    });
    expect(problemsOf({ TEAMS_LOCAL: "true", NODE_ENV: "production" })).toEqual([
      expect.stringMatching(/^TEAMS_LOCAL: refused when NODE_ENV=production/),
    ]);
    expect(problemsOf({ TEAMS_LOCAL: "yes" })).toEqual([expect.stringMatching(/^TEAMS_LOCAL:/)]);
  });

  it("takes TRUST_PROXY as Express does (false, true, hops, addresses) and refuses anything else", () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: "" }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: "false" }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: "true" }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: "2" }).trustProxy).toBe(2);
    expect(
      loadConfig({ TRUST_PROXY: "loopback, 10.0.0.0/8,192.168.1.1/255.255.255.0, fd00::/8, 203.0.113.9" })
        .trustProxy,
    ).toEqual(["loopback", "10.0.0.0/8", "192.168.1.1/255.255.255.0", "fd00::/8", "203.0.113.9"]);
    for (const wrong of ["yes", "10.0.0.0/33", "10.0.0.0/255.0.255.0", "proxy.example.com", "-1", ","]) {
      expect(problemsOf({ TRUST_PROXY: wrong }), wrong).toEqual([expect.stringMatching(/^TRUST_PROXY:/)]);
    }
  });

  it("parses reminder offsets as a sorted, de-duplicated list and rejects garbage", () => {
    expect(loadConfig({ BREACH_REMINDER_HOURS: "1, 12,4,4" }).reminders.breachHoursBefore).toEqual([
      12, 4, 1,
    ]);
    expect(problemsOf({ BREACH_REMINDER_HOURS: "12,soon" })).toEqual([
      expect.stringMatching(/^BREACH_REMINDER_HOURS:/),
    ]);
  });
});

describe(".env file", () => {
  it("fills what the environment lacks and never overrides it", async () => {
    const { mkdtemp, writeFile } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { loadEnvFile } = await import("./env-file.ts");
    const dir = await mkdtemp(join(tmpdir(), "dpa-env-"));
    const file = join(dir, ".env");
    await writeFile(file, "DPA_TEST_FROM_FILE=file\nDPA_TEST_BOTH=file\n");
    process.env.DPA_TEST_BOTH = "environment";
    try {
      expect(loadEnvFile(file)).toBe(true);
      expect(process.env.DPA_TEST_FROM_FILE).toBe("file");
      expect(process.env.DPA_TEST_BOTH).toBe("environment");
      expect(loadEnvFile(join(dir, "missing.env"))).toBe(false);
    } finally {
      delete process.env.DPA_TEST_FROM_FILE;
      delete process.env.DPA_TEST_BOTH;
    }
  });
});

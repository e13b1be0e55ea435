import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ConfigError, envSchema, loadConfig } from "./config.ts";
import { LANGUAGES } from "./domain/i18n/languages.ts";

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

  it("speaks any of the bot's languages by default when told to", () => {
    for (const language of LANGUAGES) {
      expect(loadConfig({ DEFAULT_LANGUAGE: language }).defaultLanguage).toBe(language);
    }
  });

  it("names every wrong variable once, with its value", () => {
    const problems = problemsOf({
      PORT: "abc",
      TIMEZONE: "Mars/Olympus",
      DEFAULT_LANGUAGE: "de",
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

  it("masks the user information of a URL it quotes", () => {
    const slack = problemsOf({ SLACK_API_URL: "https://proxy-user:hunter2@proxy example/api/" }).join("\n");
    expect(slack).toContain('"https://***@proxy example/api/"');
    expect(slack).not.toMatch(/proxy-user|hunter2/);
    const publicUrl = problemsOf({ PUBLIC_URL: "ftp://admin:p@ss w/rd@dpa-bot.example" }).join("\n");
    expect(publicUrl).toContain('"ftp://***@dpa-bot.example"');
    expect(publicUrl).not.toMatch(/admin|p@ss|rd@/);
  });

  it("never quotes a database or mail URL, whose password is in it", () => {
    const problems = problemsOf({
      DATABASE_URL: "mysql://dpa:Pa55word@db.internal/dpa",
      SMTP_URL: "http://mailer:Pa55word@smtp.internal",
    }).join("\n");
    expect(problems).toMatch(/^DATABASE_URL: .*got "\*\*\*"/m);
    expect(problems).toMatch(/^SMTP_URL: .*got "\*\*\*"/m);
    expect(problems).not.toContain("Pa55word");
  });

  it("does not quote a token put in the wrong variable", () => {
    const cases = {
      SLACK_API_URL: "https://proxy:xoxb-1234-5678-AbCdEfGh@proxy example/",
      LOG_LEVEL: "xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOp",
      DEFAULT_LANGUAGE: "xapp-1-A0123-4567-abcdef",
      TIMEZONE: "8f742231b10e8888abcd99yyyzzz85a5",
      BREACH_REMINDER_HOURS: "12,Zm9vYmFyYmF6cXV4cXV1eDEyMzQ1Njc4OTA=",
    };
    const problems = problemsOf(cases);
    expect(problems).toHaveLength(Object.keys(cases).length);
    for (const [name, value] of Object.entries(cases)) {
      const problem = problems.find((p) => p.startsWith(`${name}:`))!;
      expect(problem).toContain("looks like a token or key, not shown");
      expect(problem).not.toContain(value.slice(-8));
    }
    // Checked after the schema, by its own rule.
    expect(problemsOf({ MAIL_FROM: "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJib3QifQ.c2ln" })).toEqual([
      "MAIL_FROM: expected an e-mail address (got a value that looks like a token or key, not shown)",
    ]);
  });

  it("takes LOG_FORMAT json or pretty, leaves the choice to the terminal when unset, refuses others", () => {
    expect(loadConfig({ LOG_FORMAT: "pretty" }).logFormat).toBe("pretty");
    expect(loadConfig({ LOG_FORMAT: "json" }).logFormat).toBe("json");
    expect(loadConfig({ LOG_FORMAT: "" }).logFormat).toBeUndefined();
    expect(loadConfig({}).logFormat).toBeUndefined();
    expect(problemsOf({ LOG_FORMAT: "yaml" })).toEqual([
      expect.stringMatching(/^LOG_FORMAT: .*\(got "yaml"\)$/),
    ]);
  });

  it("keeps quoting ordinary mistakes, and only the start of a long one", () => {
    expect(problemsOf({ LOG_LEVEL: "verbose" })).toEqual([expect.stringContaining('(got "verbose")')]);
    expect(problemsOf({ MAIL_FROM: "dpo at provider" })).toEqual([
      'MAIL_FROM: expected an e-mail address (got "dpo at provider")',
    ]);
    const long = "words ".repeat(30);
    expect(problemsOf({ TIMEZONE: long })[0]).toContain(`"${long.slice(0, 80)}…" (180 characters)`);
  });

  it("never shows a generated secret, wherever it is pasted", () => {
    const secret = fc
      .tuple(fc.stringMatching(/^[A-Za-z]{10,20}$/), fc.stringMatching(/^[0-9]{10,20}$/))
      .map(([letters, digits]) => letters + digits);
    const shape = fc.constantFrom(
      (s: string) => `xoxb-${s}`,
      (s: string) => s,
      (s: string) => `https://user:${s}@proxy host/`,
      (s: string) => `https://proxy/?access_token=${s} x`,
    );
    const variable = fc.constantFrom(
      "LOG_LEVEL",
      "DEFAULT_LANGUAGE",
      "TIMEZONE",
      "PORT",
      "APPROVAL_LINK_DAYS",
    );
    fc.assert(
      fc.property(secret, shape, variable, fc.string({ maxLength: 10 }), (s, wrap, name, prefix) => {
        const text = problemsOf({ [name]: `${prefix.trim()} ${wrap(s)}` }).join("\n");
        expect(text).toContain(name);
        expect(text).not.toContain(s.slice(-10));
      }),
    );
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

  it("signs in to the console with an OpenID provider given all three variables, over HTTPS", () => {
    expect(loadConfig({}).console).toEqual({ oidc: { enabled: false }, idleMinutes: 30 });
    const entra = "https://login.microsoftonline.com/0a1b2c3d-0000-4000-8000-00000000aaaa/v2.0";
    expect(
      loadConfig({
        OIDC_ISSUER_URL: entra,
        OIDC_CLIENT_ID: "id",
        OIDC_CLIENT_SECRET: "s",
        CONSOLE_IDLE_MINUTES: "15",
      }).console,
    ).toEqual({
      oidc: { enabled: true, issuerUrl: entra, clientId: "id", clientSecret: "s" },
      idleMinutes: 15,
    });
    expect(problemsOf({ OIDC_ISSUER_URL: entra })).toEqual([
      expect.stringMatching(/^OIDC_CLIENT_ID: required/),
      expect.stringMatching(/^OIDC_CLIENT_SECRET: required/),
    ]);
    const both = { OIDC_CLIENT_ID: "id", OIDC_CLIENT_SECRET: "s" };
    expect(problemsOf({ ...both, OIDC_ISSUER_URL: "http://idp.example" })).toEqual([
      expect.stringMatching(/^OIDC_ISSUER_URL: expected an https/),
    ]);
    expect(problemsOf({ ...both, OIDC_ISSUER_URL: "http://127.0.0.1:8080" })).toEqual([]);
    expect(problemsOf({ ...both, OIDC_ISSUER_URL: "not a url" })).toEqual([
      expect.stringMatching(/^OIDC_ISSUER_URL:/),
    ]);
    expect(problemsOf({ CONSOLE_IDLE_MINUTES: "0" })).toEqual([
      expect.stringMatching(/^CONSOLE_IDLE_MINUTES:/),
    ]);
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

  describe("TEAMS_LOCAL, which turns off the token and tenant checks", () => {
    const azure = {
      TEAMS_CLIENT_ID: "6f1f1c1e-0000-4000-8000-00000000b07a",
      TEAMS_CLIENT_SECRET: "not-a-real-secret",
      TEAMS_TENANT_ID: "72f988bf-86f1-41af-91ab-2d7cd011db47",
    };

    it("is accepted alone, outside production", () => {
      expect(loadConfig({ TEAMS_LOCAL: "true" }).teams).toMatchObject({ enabled: true, mode: "local" });
      expect(loadConfig({ TEAMS_LOCAL: "true", NODE_ENV: "development" }).teams).toMatchObject({
        mode: "local",
      });
    });

    it("is refused beside Azure credentials instead of silently winning over them", () => {
      expect(problemsOf({ TEAMS_LOCAL: "true", ...azure })).toEqual([
        expect.stringMatching(
          /^TEAMS_LOCAL: refused together with TEAMS_CLIENT_ID, TEAMS_CLIENT_SECRET, TEAMS_TENANT_ID /,
        ),
      ]);
      for (const [name, value] of Object.entries(azure)) {
        expect(problemsOf({ TEAMS_LOCAL: "true", [name]: value })).toEqual([
          expect.stringMatching(new RegExp(`^TEAMS_LOCAL: refused together with ${name} `)),
        ]);
      }
      expect(problemsOf({ TEAMS_LOCAL: "true", ...azure }).join("\n")).not.toContain("not-a-real-secret");
      expect(loadConfig({ TEAMS_LOCAL: "false", ...azure }).teams).toMatchObject({ mode: "azure" });
    });

    it("is refused in production, however NODE_ENV is written, and with credentials both are said", () => {
      for (const production of ["production", "Production", " PRODUCTION "]) {
        expect(problemsOf({ TEAMS_LOCAL: "true", NODE_ENV: production })).toEqual([
          expect.stringMatching(/^TEAMS_LOCAL: refused when NODE_ENV=production/),
        ]);
      }
      expect(problemsOf({ TEAMS_LOCAL: "true", NODE_ENV: "production", ...azure })).toHaveLength(2);
    });
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

// The environment, parsed once at boot with one zod schema. A wrong variable stops the process
// with one line per problem, naming the variable, instead of failing later in a handler.
import { IANAZone } from "luxon";
import cron from "node-cron";
import { z } from "zod";
import { consoleConfig, oidcProblems } from "./config-console.ts";
import { mailProblems, slackProblems, teamsConfig, teamsProblems } from "./config-integrations.ts";
import { shownValue } from "./config-values.ts";
import { LANGUAGES, type Language } from "./domain/i18n/languages.ts";
import { parseTrustProxy } from "./server/trust-proxy.ts";

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const hoursList = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((value, ctx) => {
      const parts = value
        .split(",")
        .map((part) => part.trim())
        .filter((part) => part !== "");
      const numbers = parts.map(Number);
      if (numbers.some((n) => !Number.isFinite(n) || n < 0)) {
        ctx.addIssue({ code: "custom", message: "expected a comma-separated list of hours" });
        return z.NEVER;
      }
      return [...new Set(numbers)].sort((a, b) => b - a);
    });

const cronExpression = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .refine((value) => cron.validate(value), { message: "not a valid cron expression" });

/** Every variable the bot reads. `.env.example` documents exactly these (a test keeps them in step). */
export const envSchema = z.object({
  DATABASE_URL: optionalText.refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), {
    message: "expected a postgres:// or postgresql:// URL",
  }),
  DATA_DIR: z.string().min(1).default("./data"),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  TIMEZONE: z
    .string()
    .default("Europe/Brussels")
    .refine((zone) => IANAZone.isValidZone(zone), {
      message: "not an IANA time zone (e.g. Europe/Brussels)",
    }),
  DEFAULT_LANGUAGE: z.enum(LANGUAGES).default("nl"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  LOG_FORMAT: z
    .enum(["json", "pretty", ""])
    .optional()
    .transform((v) => (v === "" ? undefined : v)),

  SLACK_BOT_TOKEN: optionalText.refine((v) => v === undefined || v.startsWith("xoxb-"), {
    message: "expected a bot token starting with xoxb-",
  }),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText.refine((v) => v === undefined || v.startsWith("xapp-"), {
    message: "expected an app-level token starting with xapp-",
  }),
  SLACK_API_URL: optionalText.refine((v) => v === undefined || URL.canParse(v), {
    message: "expected a URL",
  }),
  SLACK_INCIDENT_CHANNEL: optionalText,
  SLACK_DIGEST_CHANNEL: optionalText,
  SLACK_REQUEST_CHANNEL: optionalText,

  TEAMS_CLIENT_ID: optionalText,
  TEAMS_CLIENT_SECRET: optionalText,
  TEAMS_TENANT_ID: optionalText,
  TEAMS_LOCAL: z
    .enum(["true", "false", ""])
    .default("false")
    .transform((v) => v === "true"),
  TEAMS_APP_ID: optionalText.refine((v) => v === undefined || /^[0-9a-f-]{36}$/i.test(v), {
    message: "expected the Teams app id (a GUID)",
  }),
  TEAMS_DIGEST_CONVERSATION: optionalText,
  NODE_ENV: optionalText,

  SMTP_URL: optionalText.refine((v) => v === undefined || /^smtps?:\/\//.test(v), {
    message: "expected an smtp:// or smtps:// URL",
  }),
  MAIL_FROM: optionalText,
  PUBLIC_URL: optionalText.refine((v) => v === undefined || /^https?:\/\/[^/]+/.test(v), {
    message: "expected the bot's public base URL, e.g. https://dpa-bot.example.com",
  }),
  APPROVAL_LINK_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  OIDC_ISSUER_URL: optionalText.refine((v) => v === undefined || URL.canParse(v), {
    message:
      "expected the OpenID provider's issuer URL, e.g. https://login.microsoftonline.com/<tenant>/v2.0",
  }),
  OIDC_CLIENT_ID: optionalText,
  OIDC_CLIENT_SECRET: optionalText,
  CONSOLE_IDLE_MINUTES: z.coerce.number().int().min(1).max(720).default(30),
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((value, ctx) => {
      const setting = parseTrustProxy(value);
      if (typeof setting === "object" && !Array.isArray(setting)) {
        ctx.addIssue({ code: "custom", message: setting.problem });
        return z.NEVER;
      }
      return setting;
    }),

  DIGEST_CRON: cronExpression("0 9 * * *"),
  REMINDER_TICK_CRON: cronExpression("*/15 * * * * *"),
  BREACH_REMINDER_HOURS: hoursList("12,4,1"),
  AUTHORITY_REMINDER_HOURS: hoursList("24,4"),
  SUBPROCESSOR_REMINDER_DAYS: z.coerce.number().int().min(1).default(5),
  SECURITY_REVIEW_MONTHS: z.coerce.number().int().min(1).default(12),
  REQUEST_DETAILS_RETENTION_DAYS: z.coerce.number().int().min(0).max(3650).default(90),
  REQUEST_HOURLY_RATE_CENTS: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.coerce.number().int().min(0).optional(),
  ),
});

export type Env = z.infer<typeof envSchema>;

export type SlackConfig =
  | { enabled: false }
  | {
      enabled: true;
      botToken: string;
      /** Socket Mode needs no public URL; HTTP mode receives at POST /slack/events. */
      mode: "socket" | "http";
      appToken?: string;
      signingSecret?: string;
      apiUrl?: string;
      incidentChannel?: string;
      digestChannel?: string;
      /** Where data-subject requests registered from a direct message are posted. */
      requestChannel?: string;
    };

export type TeamsConfig =
  | { enabled: false }
  | ({
      enabled: true;
      /** Conversation id of the daily digest (else where `digest here` was said). */
      digestConversation?: string;
    } & (
      | { mode: "azure"; clientId: string; clientSecret: string; tenantId: string }
      /** TEAMS_LOCAL: no credentials, no token check (Agents Playground, tests); never in production. */
      | { mode: "local" }
    ));

export type OidcConfig =
  | { enabled: false }
  | { enabled: true; issuerUrl: string; clientId: string; clientSecret: string };

export interface ConsoleConfig {
  /** Sign in with an OpenID provider; without one, with `dpa-bot console link` only. */
  oidc: OidcConfig;
  /** A session unused this long ends (CONSOLE_IDLE_MINUTES). */
  idleMinutes: number;
}

export type MailConfig = { enabled: false } | { enabled: true; smtpUrl: string; from: string };

export interface Config {
  databaseUrl?: string;
  dataDir: string;
  embeddedPgPort: number;
  port: number;
  timezone: string;
  defaultLanguage: Language;
  logLevel: Env["LOG_LEVEL"];
  /** Unset: readable lines on a terminal, JSON otherwise (src/logger.ts). */
  logFormat: Env["LOG_FORMAT"];
  slack: SlackConfig;
  teams: TeamsConfig;
  mail: MailConfig;
  /** The compliance console's sign-in (its address is PUBLIC_URL, else http://localhost:PORT). */
  console: ConsoleConfig;
  digestCron: string;
  /** How often each instance looks for due reminders (node-cron, seconds field allowed). */
  reminderTickCron: string;
  /** Art. 9 DPA approvals by e-mail: links to the decision page at publicUrl, valid linkDays. */
  approvals: { publicUrl?: string; linkDays: number };
  /** Express's `trust proxy`: which reverse proxies' X-Forwarded-For/-Proto are believed. */
  trustProxy: Env["TRUST_PROXY"];
  reminders: {
    breachHoursBefore: number[];
    authorityHoursBefore: number[];
    subprocessorPendingDays: number;
    securityReviewMonths: number;
  };
  requests: {
    /** Days after closing after which a request's data-subject details are erased. */
    detailsRetentionDays: number;
    /** Art. 8.3 DPA costs; null: time is recorded without a cost. */
    hourlyRateCents: number | null;
  };
}

export class ConfigError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.problems = problems;
    this.name = "ConfigError";
  }
}

/** Parses the environment; throws ConfigError listing every wrong or missing variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join(".");
        return `${name}: ${issue.message} (got ${shownValue(name, env[name])})`;
      }),
    );
  }
  const e = parsed.data;
  const problems = [...slackProblems(e), ...teamsProblems(e), ...mailProblems(e), ...oidcProblems(e)];
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    embeddedPgPort: e.EMBEDDED_PG_PORT,
    port: e.PORT,
    timezone: e.TIMEZONE,
    defaultLanguage: e.DEFAULT_LANGUAGE,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    slack: e.SLACK_BOT_TOKEN
      ? {
          enabled: true,
          botToken: e.SLACK_BOT_TOKEN,
          mode: e.SLACK_APP_TOKEN ? "socket" : "http",
          appToken: e.SLACK_APP_TOKEN,
          signingSecret: e.SLACK_SIGNING_SECRET,
          apiUrl: e.SLACK_API_URL,
          incidentChannel: e.SLACK_INCIDENT_CHANNEL,
          digestChannel: e.SLACK_DIGEST_CHANNEL,
          requestChannel: e.SLACK_REQUEST_CHANNEL,
        }
      : { enabled: false },
    teams: teamsConfig(e),
    mail: e.SMTP_URL ? { enabled: true, smtpUrl: e.SMTP_URL, from: e.MAIL_FROM! } : { enabled: false },
    console: consoleConfig(e),
    digestCron: e.DIGEST_CRON,
    reminderTickCron: e.REMINDER_TICK_CRON,
    approvals: { publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ""), linkDays: e.APPROVAL_LINK_DAYS },
    trustProxy: e.TRUST_PROXY,
    reminders: {
      breachHoursBefore: e.BREACH_REMINDER_HOURS,
      authorityHoursBefore: e.AUTHORITY_REMINDER_HOURS,
      subprocessorPendingDays: e.SUBPROCESSOR_REMINDER_DAYS,
      securityReviewMonths: e.SECURITY_REVIEW_MONTHS,
    },
    requests: {
      detailsRetentionDays: e.REQUEST_DETAILS_RETENTION_DAYS,
      hourlyRateCents: e.REQUEST_HOURLY_RATE_CENTS ?? null,
    },
  };
}

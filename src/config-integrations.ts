// The rules that span several variables of the optional integrations (Slack, Teams, mail), kept
// apart from the schema of single variables in config.ts.
import type { Env, TeamsConfig } from "./config.ts";
import { shownValue } from "./config-values.ts";

// Enabling an integration makes its other secrets required (a half-configured Slack app would
// otherwise start and silently drop every request).
export function slackProblems(e: Env): string[] {
  const slackVars = [
    e.SLACK_SIGNING_SECRET,
    e.SLACK_APP_TOKEN,
    e.SLACK_INCIDENT_CHANNEL,
    e.SLACK_DIGEST_CHANNEL,
    e.SLACK_REQUEST_CHANNEL,
  ];
  if (!e.SLACK_BOT_TOKEN) {
    return slackVars.some((v) => v !== undefined)
      ? ["SLACK_BOT_TOKEN: required when any other SLACK_ variable is set (got unset)"]
      : [];
  }
  if (!e.SLACK_APP_TOKEN && !e.SLACK_SIGNING_SECRET) {
    return [
      "SLACK_SIGNING_SECRET: required in HTTP mode; set it, or SLACK_APP_TOKEN for Socket Mode (got unset)",
    ];
  }
  return [];
}

export function teamsConfig(e: Env): TeamsConfig {
  const digestConversation = e.TEAMS_DIGEST_CONVERSATION;
  if (e.TEAMS_LOCAL) return { enabled: true, mode: "local", digestConversation };
  if (e.TEAMS_CLIENT_ID && e.TEAMS_CLIENT_SECRET && e.TEAMS_TENANT_ID) {
    return {
      enabled: true,
      mode: "azure",
      clientId: e.TEAMS_CLIENT_ID,
      clientSecret: e.TEAMS_CLIENT_SECRET,
      tenantId: e.TEAMS_TENANT_ID,
      digestConversation,
    };
  }
  return { enabled: false };
}

export function teamsProblems(e: Env): string[] {
  const vars = {
    TEAMS_CLIENT_ID: e.TEAMS_CLIENT_ID,
    TEAMS_CLIENT_SECRET: e.TEAMS_CLIENT_SECRET,
    TEAMS_TENANT_ID: e.TEAMS_TENANT_ID,
  };
  // Without token checks anyone who can reach /api/messages could act as any Teams user. Local
  // mode is for a laptop with the Agents Playground: never in production, and never silently
  // instead of an Azure registration that is configured beside it.
  if (e.TEAMS_LOCAL) {
    const local: string[] = [];
    if (e.NODE_ENV?.toLowerCase() === "production") {
      local.push(
        "TEAMS_LOCAL: refused when NODE_ENV=production (it turns off the Bot Framework token check)",
      );
    }
    const credentials = Object.keys(vars).filter((name) => vars[name as keyof typeof vars] !== undefined);
    if (credentials.length > 0) {
      local.push(
        `TEAMS_LOCAL: refused together with ${credentials.join(", ")} (it would turn off the token and tenant checks of that Azure registration); unset TEAMS_LOCAL, or the Azure variables to try Teams locally`,
      );
    }
    if (local.length > 0) return local;
  }
  const set = Object.values(vars).filter((v) => v !== undefined).length;
  if (set === 0 || set === 3) return [];
  return Object.entries(vars)
    .filter(([, v]) => v === undefined)
    .map(([name]) => `${name}: required when any other TEAMS_ variable is set (got unset)`);
}

export function mailProblems(e: Env): string[] {
  if (e.SMTP_URL && !e.MAIL_FROM) return ["MAIL_FROM: required when SMTP_URL is set (got unset)"];
  if (e.MAIL_FROM && !/^[^@\s]+@[^@\s]+$/.test(e.MAIL_FROM.replace(/^.*<(.+)>$/, "$1"))) {
    return [`MAIL_FROM: expected an e-mail address (got ${shownValue("MAIL_FROM", e.MAIL_FROM)})`];
  }
  return [];
}

// manifests/slack.yaml and the code agree: the commands the app registers are declared, and the bot
// scopes are exactly those its Web API calls need.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { REPORT_COMMAND } from "../../../src/adapters/slack/breach/report-command.ts";
import { SLACK_EVENTS_PATH } from "../../../src/adapters/slack/create-slack-app.ts";
import { REQUEST_SHORTCUT } from "../../../src/adapters/slack/dsr/request-command.ts";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const manifest = parse(readFileSync(join(root, "manifests/slack.yaml"), "utf8"));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith(".ts") && !path.endsWith(".test.ts") ? [readFileSync(path, "utf8")] : [];
  });
}
const code = sources(join(root, "src/adapters/slack")).join("\n");

/** Bot scopes per Web API method (api.slack.com/methods). */
const scopesOf: Record<string, string[]> = {
  "auth.test": [],
  "views.open": [],
  "views.update": [],
  "views.push": [],
  "chat.postMessage": ["chat:write"],
  "chat.update": ["chat:write"],
  "chat.postEphemeral": ["chat:write"],
  // The profile's e-mail needs users:read.email beside users:read.
  "users.info": ["users:read", "users:read.email"],
};

describe("Slack manifest", () => {
  const methods = [
    ...new Set(
      [...code.matchAll(/client\.(auth|chat|users|views|conversations)\.(\w+)\(/g)].map(
        (m) => `${m[1]}.${m[2]}`,
      ),
    ),
  ];

  it("finds the Web API calls of the code", () => {
    expect(methods).toEqual(expect.arrayContaining(["views.open", "chat.postMessage", "users.info"]));
  });

  it("declares exactly the scopes those calls and the commands need", () => {
    const needed = new Set(
      methods.flatMap((m) => {
        if (!(m in scopesOf)) throw new Error(`scope of ${m} unknown to this test: add it`);
        return scopesOf[m]!;
      }),
    );
    if (code.includes("app.command(")) needed.add("commands");
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...needed].sort());
  });

  it("declares every slash command the code registers, and no other", () => {
    const constants = new Map([...code.matchAll(/const (\w+) = "(\/[\w-]+)"/g)].map((m) => [m[1], m[2]]));
    const registered = [...code.matchAll(/app\.command\((\w+)/g)].map((m) => constants.get(m[1]!) ?? m[1]);
    expect(registered).toContain(REPORT_COMMAND);
    const declared = manifest.features.slash_commands.map((c: { command: string }) => c.command);
    expect([...declared].sort()).toEqual([...registered].sort());
  });

  it("declares the message shortcut the code registers", () => {
    const declared = (manifest.features.shortcuts ?? []).map((s: { callback_id: string; type: string }) => [
      s.callback_id,
      s.type,
    ]);
    expect(declared).toEqual([[REQUEST_SHORTCUT, "message"]]);
    expect(code).toContain("app.shortcut<MessageShortcut>(REQUEST_SHORTCUT");
  });

  it("sends commands, interactions and options requests to the events endpoint", () => {
    const urls = [
      ...manifest.features.slash_commands.map((c: { url: string }) => c.url),
      manifest.settings.interactivity.request_url,
      manifest.settings.interactivity.message_menu_options_url,
    ];
    for (const url of urls) expect(new URL(url).pathname).toBe(SLACK_EVENTS_PATH);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(code).toContain("app.options");
  });
});

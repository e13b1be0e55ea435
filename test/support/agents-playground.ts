// Microsoft 365 Agents Playground (the devDependency @microsoft/m365agentsplayground, pinned: the
// HTTP API its page uses is not documented) as a child process on loopback, driven the way its page
// drives it: GET /_internal/v1/config for who the user is, POST a typed message, POST an invoke
// (card button, message-extension dialog), and the bot's messages as they arrive on its WebSocket.
// It runs offline, in its own process group, from a temporary folder (it reads a config file and
// writes its log in the working folder).
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import WebSocket from "ws";
import { freePort } from "./app-process.ts";

export interface PlaygroundUser {
  id: string;
  name: string;
  aadObjectId: string;
}

export interface PlaygroundConfig {
  tenantId: string;
  currentUser: PlaygroundUser;
  personalChat: { id: string };
}

/** A bot message as the page receives it: created, or updated in place (a card replaced). */
export interface PlaygroundMessage {
  action: "createMessage" | "updateMessage";
  conversationId: string;
  messageId: string;
  text?: string;
  attachments: Array<{ contentType: string; content: unknown }>;
}

export interface Playground {
  url: string;
  config: PlaygroundConfig;
  /** Everything the bot said, in order. */
  received: PlaygroundMessage[];
  /** Types a message as the current user in the personal chat; resolves with its message id. */
  send(text: string): Promise<string>;
  /** Posts to the invoke endpoint as the page does; the playground's answer (its check of ours). */
  invoke(name: string, value: unknown, replyToId?: string): Promise<{ status: number; body: unknown }>;
  /** The first message from `from` on (an index into `received`) that matches; bounded wait. */
  waitForMessage(
    match: (m: PlaygroundMessage) => boolean,
    from?: number,
    timeoutMs?: number,
  ): Promise<PlaygroundMessage>;
  /** What the process wrote, for failure messages. */
  output: string[];
  stop(): Promise<void>;
}

const cliPath = join(
  dirname(createRequire(import.meta.url).resolve("@microsoft/m365agentsplayground/package.json")),
  "cli.js",
);

export async function startPlayground(botEndpoint: string): Promise<Playground> {
  const folder = mkdtempSync(join(tmpdir(), "agents-playground-"));
  const child = spawn(
    process.execPath,
    [
      cliPath,
      "start",
      "--port",
      String(await freePort()),
      "--app-endpoint",
      botEndpoint,
      "--disable-telemetry",
    ],
    {
      cwd: folder,
      env: {
        ...process.env,
        TEAMSAPPTESTER_BROWSER: "none",
        M365_AGENTS_PLAYGROUND_LOGFILE: join(folder, "playground.log"),
      },
      // Its own process group, so that stopping it ends everything it started.
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const output: string[] = [];
  child.stderr?.on("data", (chunk) => output.push(String(chunk)));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let socket: WebSocket | undefined;
  const stop = async () => {
    socket?.close();
    if (child.exitCode === null && child.signalCode === null) {
      killGroup(child, "SIGTERM");
      const late = setTimeout(() => killGroup(child, "SIGKILL"), 5_000);
      await exited;
      clearTimeout(late);
    }
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    // It moves to another port when the one asked for was taken meanwhile, and says which.
    const port = await new Promise<number>((resolve, reject) => {
      let seen = "";
      child.stdout?.on("data", (chunk) => {
        output.push(String(chunk));
        seen += String(chunk);
        const listening = /Listening on (\d+)/.exec(seen);
        if (listening) resolve(Number(listening[1]));
      });
      child.once("exit", (code) => reject(new Error(`the playground exited (${code}):\n${output.join("")}`)));
    });
    const url = `http://127.0.0.1:${port}`;
    const received: PlaygroundMessage[] = [];
    const waiters = new Set<() => void>();
    socket = new WebSocket(`ws://127.0.0.1:${port}/_ws_conversation/v1/conversations/stream`);
    socket.on("message", (data) => {
      const event = JSON.parse(String(data));
      if (event.action !== "createMessage" && event.action !== "updateMessage") return;
      received.push({
        action: event.action,
        conversationId: event.actionConversationId,
        messageId: event.message.messageId,
        text: event.message.text,
        attachments: event.message.attachments ?? [],
      });
      for (const wake of waiters) wake();
    });
    await new Promise((resolve, reject) => {
      socket?.once("open", resolve);
      socket?.once("error", reject);
    });
    const config = ((await getJson(`${url}/_internal/v1/config`)) as { config: PlaygroundConfig }).config;
    const me = { id: config.currentUser.id };
    const conversation = { id: config.personalChat.id };

    return {
      url,
      config,
      received,
      output,
      stop,
      async send(text) {
        const answer = await postJson(`${url}/_conversation/v1/conversations/${conversation.id}/messages`, {
          from: me,
          text,
          textFormat: "plain",
        });
        if (answer.status !== 200) throw new Error(`the playground refused the message: ${answer.text}`);
        return (answer.body as { messageId: string }).messageId;
      },
      async invoke(name, value, replyToId) {
        const answer = await postJson(`${url}/_conversation/v1/invoke`, {
          name,
          value,
          from: me,
          conversation,
          ...(replyToId ? { replyToId } : {}),
        });
        return { status: answer.status, body: answer.body };
      },
      waitForMessage(match, from = 0, timeoutMs = 15_000) {
        return new Promise((resolve, reject) => {
          const look = () => {
            const found = received.slice(from).find(match);
            if (!found) return;
            waiters.delete(look);
            clearTimeout(timer);
            resolve(found);
          };
          const timer = setTimeout(() => {
            waiters.delete(look);
            reject(
              new Error(`no such message from the bot; received:\n${JSON.stringify(received, null, 1)}`),
            );
          }, timeoutMs);
          waiters.add(look);
          look();
        });
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

async function getJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url}: ${response.status}`);
  return response.json();
}

async function postJson(
  url: string,
  body: unknown,
): Promise<{ status: number; text: string; body: unknown }> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = text;
  }
  return { status: response.status, text, body: parsed };
}

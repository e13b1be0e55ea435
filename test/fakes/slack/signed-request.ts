// Requests to /slack/events signed the way Slack signs them: X-Slack-Signature = "v0=" +
// HMAC-SHA256(signing secret, "v0:{timestamp}:{raw body}").
import { createHmac } from "node:crypto";

export const SIGNING_SECRET = "test-signing-secret-0123456789abcdef";

export interface SlackResponse {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: Slack's answers are JSON of many shapes; tests read what they expect.
  body: any;
  text: string;
}

export function signatureFor(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

export async function postSigned(
  url: string,
  body: string,
  options: { secret?: string; timestamp?: number; retryNum?: number; signature?: string } = {},
): Promise<SlackResponse> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    "content-type": "application/x-www-form-urlencoded",
    "x-slack-request-timestamp": String(timestamp),
    "x-slack-signature": options.signature ?? signatureFor(options.secret ?? SIGNING_SECRET, timestamp, body),
  };
  if (options.retryNum !== undefined) {
    headers["x-slack-retry-num"] = String(options.retryNum);
    headers["x-slack-retry-reason"] = "http_timeout";
  }
  const response = await fetch(url, { method: "POST", headers, body });
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = text;
  }
  return { status: response.status, body: parsed, text };
}

// A small HTTP load generator for the ingress benchmark: keep-alive connections, signed requests,
// either closed-loop (N connections, each sends its next request when the last is answered) or
// open-loop (a fixed number of requests per second, whatever the answers do). Latency is the time
// from sending a request to its complete answer: what Slack waits for before its 3 s timeout.
import { Agent, request } from "node:http";
import { signatureFor } from "../test/fakes/slack/signed-request.ts";

export interface LoadTarget {
  url: URL;
  secret: string;
  /** The next request's form-encoded body (a fresh trigger or view id each time). */
  body(): string | Promise<string>;
  /** Resolves once the app has finished the work it does after its answer. */
  idle(): Promise<void>;
}

export interface LoadFigures {
  requests: number;
  failed: number;
  p50Ms: number;
  p99Ms: number;
  /** Requests per second, counting until the work after the answers was done too. */
  rps: number;
}

type Send = (body: string) => Promise<number>;

function sender(target: LoadTarget, connections: number): { send: Send; close(): void } {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const send: Send = (body) =>
    new Promise((resolve, reject) => {
      const timestamp = Math.floor(Date.now() / 1000);
      const req = request(
        target.url,
        {
          method: "POST",
          agent,
          headers: {
            "content-type": "application/x-www-form-urlencoded",
            "content-length": Buffer.byteLength(body),
            "x-slack-request-timestamp": String(timestamp),
            "x-slack-signature": signatureFor(target.secret, timestamp, body),
          },
        },
        (res) => {
          res.resume();
          res.on("end", () => resolve(res.statusCode ?? 0));
        },
      );
      req.on("error", reject);
      req.end(body);
    });
  return { send, close: () => agent.destroy() };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function figures(latencies: number[], failed: number, seconds: number): LoadFigures {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: latencies.length,
    failed,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    rps: latencies.length / seconds,
  };
}

/** `connections` clients, each sending its next request as soon as the previous one is answered. */
export async function closedLoop(
  target: LoadTarget,
  connections: number,
  total: number,
): Promise<LoadFigures> {
  const { send, close } = sender(target, connections);
  const latencies: number[] = [];
  let failed = 0;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < total) {
      next++;
      const body = await target.body();
      const sent = performance.now();
      const status = await send(body);
      latencies.push(performance.now() - sent);
      if (status !== 200) failed++;
    }
  };
  try {
    await Promise.all(Array.from({ length: connections }, worker));
    await target.idle();
  } finally {
    close();
  }
  return figures(latencies, failed, (performance.now() - started) / 1000);
}

/** `perSecond` requests a second for `seconds`, sent on schedule whether or not answered. */
export async function openLoop(target: LoadTarget, perSecond: number, seconds: number): Promise<LoadFigures> {
  const { send, close } = sender(target, perSecond * 3);
  const total = Math.round(perSecond * seconds);
  const latencies: number[] = [];
  let failed = 0;
  const pending: Array<Promise<void>> = [];
  const started = performance.now();
  try {
    for (let i = 0; i < total; i++) {
      const due = started + (i * 1000) / perSecond;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const body = await target.body();
      // Measured from when the request was due: a late send counts against the app too.
      pending.push(
        send(body).then((status) => {
          latencies.push(performance.now() - due);
          if (status !== 200) failed++;
        }),
      );
    }
    await Promise.all(pending);
    await target.idle();
  } finally {
    close();
  }
  return figures(latencies, failed, (performance.now() - started) / 1000);
}

// GET /metrics in Prometheus text format (prom-client). One registry per process, made in the
// composition root and handed to whoever counts: the HTTP server, the scheduler and the mailer.
// Never prom-client's global default registry, which would mix the figures of every app created in
// one process (as the tests do).
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { Mailer } from "../../domain/ports.ts";

export interface Metrics {
  readonly registry: Registry;
  /** One finished HTTP request; `route` is the matched route, never the raw URL (bounded labels). */
  observeRequest(request: { route: string; method: string; status: number; seconds: number }): void;
  /** One scheduler tick: its duration and what became of the reminders it handled. */
  observeTick(tick: { seconds: number; sent: number; failed: number; superseded: number }): void;
  /** The Mailer, counting each e-mail sent or failed. */
  countingMailer<M extends Mailer>(mailer: M): M;
  /** The exposition text and its content type. */
  render(): Promise<{ contentType: string; text: string }>;
}

export interface MetricsOptions {
  /** Open clocks by kind, counted at scrape time (e.g. COUNT queries); at most once per `cacheMs`. */
  countOpenClocks?: () => Promise<Record<string, number>>;
  /** E-mails waiting for their retry by kind, counted like the open clocks. */
  countPendingEmails?: () => Promise<Record<string, number>>;
  cacheMs?: number;
  /** Where Slack's requests arrive in HTTP mode: their answer is Slack's ack. */
  slackPath?: string;
  /** Time source of the open-clock cache (tests set it). */
  now?: () => number;
}

export function createMetrics(options: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "dpa_" });
  const httpRequests = new Counter({
    name: "dpa_http_requests_total",
    help: "HTTP requests by route, method and status",
    labelNames: ["route", "method", "status"] as const,
    registers: [registry],
  });
  const httpSeconds = new Histogram({
    name: "dpa_http_request_duration_seconds",
    help: "HTTP request duration by route",
    labelNames: ["route"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  // Slack gives an app 3 s to answer: buckets up to and past that.
  const slackAck = new Histogram({
    name: "dpa_slack_ack_duration_seconds",
    help: "Time until Slack had its answer (HTTP mode), by status",
    labelNames: ["status"] as const,
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5],
    registers: [registry],
  });
  const reminders = new Counter({
    name: "dpa_reminders_total",
    help: "Reminders by outcome: sent, failed (given up after retries), superseded (a more urgent one was due)",
    labelNames: ["outcome"] as const,
    registers: [registry],
  });
  const tickSeconds = new Histogram({
    name: "dpa_scheduler_tick_duration_seconds",
    help: "Duration of one reminder tick (reconcile, claim, send)",
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15],
    registers: [registry],
  });
  const emails = new Counter({
    name: "dpa_emails_total",
    help: "E-mails by outcome: sent or failed",
    labelNames: ["outcome"] as const,
    registers: [registry],
  });
  for (const outcome of ["sent", "failed", "superseded"]) reminders.inc({ outcome }, 0);
  for (const outcome of ["sent", "failed"]) emails.inc({ outcome }, 0);

  const cacheMs = options.cacheMs ?? 10_000;
  const now = options.now ?? Date.now;
  if (options.countOpenClocks) {
    countedGauge(registry, {
      name: "dpa_open_clocks",
      help: "Open deadline clocks by kind (counted in the database, cached briefly)",
      count: options.countOpenClocks,
      cacheMs,
      now,
    });
  }
  if (options.countPendingEmails) {
    countedGauge(registry, {
      name: "dpa_emails_pending",
      help: "E-mails that failed and wait for their automatic retry, by kind (notification, forward, approval)",
      count: options.countPendingEmails,
      cacheMs,
      now,
    });
  }

  return {
    registry,
    observeRequest({ route, method, status, seconds }) {
      httpRequests.inc({ route, method, status: String(status) });
      httpSeconds.observe({ route }, seconds);
      if (options.slackPath && route === options.slackPath)
        slackAck.observe({ status: String(status) }, seconds);
    },
    observeTick({ seconds, sent, failed, superseded }) {
      tickSeconds.observe(seconds);
      reminders.inc({ outcome: "sent" }, sent);
      reminders.inc({ outcome: "failed" }, failed);
      reminders.inc({ outcome: "superseded" }, superseded);
    },
    countingMailer(mailer) {
      return {
        ...mailer,
        async send(message) {
          try {
            const sent = await mailer.send(message);
            emails.inc({ outcome: "sent" });
            return sent;
          } catch (error) {
            emails.inc({ outcome: "failed" });
            throw error;
          }
        },
      };
    },
    async render() {
      return { contentType: registry.contentType, text: await registry.metrics() };
    },
  };
}

/** A gauge by `kind`, counted in the database at scrape time, at most once per `cacheMs`. */
function countedGauge(
  registry: Registry,
  options: {
    name: string;
    help: string;
    count: () => Promise<Record<string, number>>;
    cacheMs: number;
    now: () => number;
  },
): void {
  let cached: { at: number; counts: Promise<Record<string, number>> } | undefined;
  new Gauge({
    name: options.name,
    help: options.help,
    labelNames: ["kind"] as const,
    registers: [registry],
    async collect() {
      if (!cached || options.now() - cached.at >= options.cacheMs) {
        const counts = options.count();
        cached = { at: options.now(), counts };
        // A failed count is not kept: the next scrape asks the database again.
        counts.catch(() => {
          if (cached?.counts === counts) cached = undefined;
        });
      }
      this.reset();
      for (const [kind, n] of Object.entries(await cached.counts)) this.set({ kind }, n);
    },
  });
}

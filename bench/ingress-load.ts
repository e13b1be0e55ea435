// Child process of the ingress benchmark: sends the signed requests Slack would send and times
// the answers (bench/load.ts), one run at a time as the parent asks (bench/ingress-protocol.ts).
// The end of a run waits for the parent to say the app has finished its after-ack work.
//
//   tsx bench/ingress-load.ts <triggers url> <customer id>
import { encodeModalState } from "../src/adapters/slack/modal-state.ts";
import { buildReportForm } from "../src/forms/breach/report-form.ts";
import { renderForm } from "../src/forms/slack/render-form.ts";
import { SIGNING_SECRET } from "../test/fakes/slack/signed-request.ts";
import { slashCommand, viewSubmission } from "../test/fixtures/slack/payloads.ts";
import { CHANNEL, type LoadCommand, type LoadReport, type RequestKind } from "./ingress-protocol.ts";
import { closedLoop, type LoadTarget, openLoop } from "./load.ts";
import { TriggerPool } from "./trigger-pool.ts";

const [triggersUrl, customerId] = process.argv.slice(2);
if (!triggersUrl || !customerId) throw new Error("usage: ingress-load.ts <triggers url> <customer id>");

/** A slash command with a fresh trigger id each time (the fake Slack accepts each once, for 3 s). */
function commandBodies(pool: TriggerPool): () => Promise<string> {
  const template = slashCommand({ triggerId: "TRIGGER_ID", channelId: CHANNEL, text: "Laptop gestolen" });
  return async () => template.replace("TRIGGER_ID", encodeURIComponent(await pool.take()));
}

/** A valid report for one customer; every body has its own view id, so each is a new incident. */
function submissionBodies(customer: string): () => string {
  const form = buildReportForm({
    language: "en",
    mode: "report",
    state: encodeModalState({ l: "en", c: CHANNEL, n: "incidents" }),
    customers: [],
    discoveredAt: new Date(),
    details: {
      description: "Laptop stolen from a car",
      contact: { name: "Steve", email: null, phone: null },
    },
  });
  const view = { ...renderForm(form), id: "VIEWID0000", hash: "1.abc" };
  const payload = viewSubmission(view, {
    customers: [{ value: customer, text: "Acme BV (acme)" }],
    discoveredAt: new Date(Date.now() - 3_600_000),
    nature: ["confidentiality"],
    records: "100-200",
    subjects: "~150",
  });
  const template = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  const run = Date.now().toString(36).toUpperCase();
  // One counter for all runs of this process: a view id used again would be a retried
  // submission, which the app answers from the incident it stored the first time.
  let sequence = 0;
  return () => template.replaceAll("VIEWID0000", `V${run}N${++sequence}`);
}

const bodies: Record<RequestKind, () => string | Promise<string>> = {
  command: commandBodies(new TriggerPool(triggersUrl)),
  submission: submissionBodies(customerId),
};

const send = (report: LoadReport) => process.send!(report);
const idleWaiters = new Map<number, () => void>();

process.on("message", (message: LoadCommand) => {
  if (message.type === "idle") {
    idleWaiters.get(message.id)?.();
    idleWaiters.delete(message.id);
    return;
  }
  const { id, url, kind, plan } = message;
  const target: LoadTarget = {
    url: new URL(url),
    secret: SIGNING_SECRET,
    body: bodies[kind],
    idle: () =>
      new Promise<void>((resolve) => {
        idleWaiters.set(id, resolve);
        send({ type: "idle", id });
      }),
  };
  const running =
    plan.mode === "closed"
      ? closedLoop(target, plan.connections, plan.total)
      : openLoop(target, plan.perSecond, plan.seconds);
  running.then(
    (figures) => send({ type: "done", id, figures }),
    (error: unknown) => send({ type: "failed", id, error: String(error) }),
  );
});
process.on("disconnect", () => process.exit(0));
send({ type: "ready" });

// What the digest lists: every open deadline, from the same open clocks the reminders come from,
// plus reminders that could not be delivered (a failure is shown, never dropped silently).
import type { DsrForwardClock, OpenClock, ReminderKind } from "./clocks.ts";

/** Retention and review dates are listed when they fall within this many days (or are past). */
export const DIGEST_DATE_WINDOW_DAYS = 30;

export type OpenDeadline =
  | { kind: "breach.notify"; reference: string; customerName: string; deadline: Date; emailPending?: boolean }
  | {
      kind: "breach.authority";
      reference: string;
      customerName: string;
      deadline: Date;
      authority: "GBA" | "AP";
    }
  | {
      kind: "request";
      reference: string;
      customerName: string;
      requestType: string;
      /** Set while the request still waits to be forwarded (art. 8 DPA). */
      forwardDueAt: Date | null;
      /** Its forward e-mail failed and waits for its retry. */
      emailPending?: boolean;
      deadline: Date;
      extended: boolean;
    }
  | {
      kind: "approval";
      customerName: string;
      subProcessorName: string;
      requestedAt: Date;
      outsideEea: boolean;
      /** Art. 9.4 DPA: once this day has come while consent is pending, engaging it is a violation. */
      intendedStart?: Date | null;
      /** When waiting becomes worth a reminder: the order in the digest. */
      remindAt: Date;
    }
  | { kind: "retention"; customerName: string; dueAt: Date }
  | { kind: "review"; customerName: string; dueAt: Date }
  | {
      kind: "failed-reminder";
      reminderKind: ReminderKind;
      customerName: string;
      subject: string;
      dueAt: Date;
      error: string;
    };

export interface FailedReminder {
  kind: ReminderKind;
  customerName: string;
  /** Reference or sub-processor name: what the reminder was about. */
  subject: string;
  dueAt: Date;
  error: string;
}

export function openDeadlinesOf(
  clocks: OpenClock[],
  failed: FailedReminder[],
  now: Date,
  settings: { subprocessorPendingDays: number },
): OpenDeadline[] {
  const horizon = now.getTime() + DIGEST_DATE_WINDOW_DAYS * 86_400_000;
  const forwards = new Map<string, DsrForwardClock>();
  for (const clock of clocks) if (clock.kind === "dsr.forward") forwards.set(clock.entityId, clock);

  const items: OpenDeadline[] = failed.map((f) => ({
    kind: "failed-reminder",
    reminderKind: f.kind,
    customerName: f.customerName,
    subject: f.subject,
    dueAt: f.dueAt,
    error: f.error,
  }));
  for (const clock of clocks) {
    switch (clock.kind) {
      case "breach.notify":
        items.push({
          kind: "breach.notify",
          reference: clock.reference,
          customerName: clock.customerName,
          deadline: clock.deadline,
          ...(clock.emailPending ? { emailPending: true } : {}),
        });
        break;
      case "breach.authority":
        items.push({
          kind: "breach.authority",
          reference: clock.reference,
          customerName: clock.customerName,
          deadline: clock.deadline,
          authority: clock.authority,
        });
        break;
      case "dsr.forward":
        // Shown on the request's one line (below), with its legal deadline.
        break;
      case "dsr.legal":
        items.push({
          kind: "request",
          reference: clock.reference,
          customerName: clock.customerName,
          requestType: clock.requestType,
          forwardDueAt: forwards.get(clock.entityId)?.dueAt ?? null,
          deadline: clock.deadline,
          extended: clock.extended,
          ...(forwards.get(clock.entityId)?.emailPending ? { emailPending: true } : {}),
        });
        break;
      case "subprocessor.pending":
        items.push({
          kind: "approval",
          customerName: clock.customerName,
          subProcessorName: clock.subProcessorName,
          requestedAt: clock.requestedAt,
          outsideEea: clock.outsideEea,
          intendedStart: clock.intendedStart ?? null,
          remindAt: new Date(clock.requestedAt.getTime() + settings.subprocessorPendingDays * 86_400_000),
        });
        break;
      case "retention":
      case "review":
        if (clock.dueAt.getTime() <= horizon) {
          items.push({ kind: clock.kind, customerName: clock.customerName, dueAt: clock.dueAt });
        }
        break;
    }
  }
  return sortByUrgency(items);
}

/** The deadline that makes an item urgent; null for what has no deadline (a pending approval). */
export function deadlineOf(item: OpenDeadline): Date | null {
  switch (item.kind) {
    case "breach.notify":
    case "breach.authority":
      return item.deadline;
    case "request":
      return item.forwardDueAt !== null && item.forwardDueAt < item.deadline
        ? item.forwardDueAt
        : item.deadline;
    case "approval":
      return null;
    case "retention":
    case "review":
    case "failed-reminder":
      return item.dueAt;
  }
}

// On equal instants the heavier obligation first: a breach before a request before a date.
const WEIGHT: Record<OpenDeadline["kind"], number> = {
  "failed-reminder": 0,
  "breach.notify": 1,
  "breach.authority": 2,
  request: 3,
  approval: 4,
  retention: 5,
  review: 6,
};

/**
 * Most urgent first: undelivered reminders (someone must act on the failure), then every deadline,
 * earliest (most overdue) first, then what has no deadline (approvals: longest waiting first).
 */
export function sortByUrgency(items: OpenDeadline[]): OpenDeadline[] {
  return [...items].sort((a, b) => {
    const byTier = tier(a) - tier(b);
    if (byTier !== 0) return byTier;
    const byTime = sortInstant(a) - sortInstant(b);
    if (byTime !== 0) return byTime;
    const byWeight = WEIGHT[a.kind] - WEIGHT[b.kind];
    return byWeight !== 0 ? byWeight : tieKey(a).localeCompare(tieKey(b));
  });
}

/** Equal instants and kinds: by reference, then customer, so the order never depends on the query. */
function tieKey(item: OpenDeadline): string {
  const reference = "reference" in item ? item.reference : "";
  const subject =
    item.kind === "approval" ? item.subProcessorName : item.kind === "failed-reminder" ? item.subject : "";
  return `${reference}\u0000${item.customerName}\u0000${subject}`;
}

function tier(item: OpenDeadline): number {
  if (item.kind === "failed-reminder") return 0;
  return item.kind === "approval" ? 2 : 1;
}

function sortInstant(item: OpenDeadline): number {
  return item.kind === "approval" ? item.requestedAt.getTime() : (deadlineOf(item) as Date).getTime();
}

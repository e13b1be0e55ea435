// The text of one reminder, rendered at send time from the clock's current facts: the time left
// and the penalty are those of the moment it is posted, not of the moment it was scheduled.
import type { Block, Message, RichText } from "../../messages/model.ts";
import { plainText } from "../../messages/model.ts";
import { computeLatePenaltyCents } from "../breach/clocks.ts";
import { formatDuration, formatMoneyCents } from "../i18n/format.ts";
import { type MessageKey, t } from "../i18n/translate.ts";
import type { Language } from "../ports.ts";
import { calendarDaysUntil } from "./calendar.ts";
import { clockAnchor, type OpenClock } from "./clocks.ts";
import { dateSpan, type RichParam, richT, timeSpan } from "./rich-text.ts";

export interface RenderContext {
  language: Language;
  timezone: string;
}

export function buildReminderMessage(clock: OpenClock, step: string, now: Date, ctx: RenderContext): Message {
  const { text, notes, clause, summary } = parts(clock, step, now, ctx);
  const is = t(ctx.language, "common.colon");
  const blocks: Block[] = [{ type: "section", text: [marker(clock, now), ...text] }];
  for (const note of notes) blocks.push({ type: "section", text: note });
  blocks.push({ type: "context", text: [clause] });
  return { summary: `${summary}${is}${plainText(text)}`.slice(0, 3000), blocks };
}

/** Red once the deadline has passed, orange for the last stretch, white before; waiting has no deadline. */
function marker(clock: OpenClock, now: Date): string {
  if (clock.kind === "subprocessor.pending") return "⏳ ";
  const left = clockAnchor(clock).getTime() - now.getTime();
  if (left <= 0) return "🔴 ";
  if (left <= 24 * 3_600_000) return "🟠 ";
  return "⚪ ";
}

interface Parts {
  summary: string;
  text: RichText;
  notes: RichText[];
  clause: string;
}

function parts(clock: OpenClock, step: string, now: Date, ctx: RenderContext): Parts {
  const { language: lang, timezone: zone } = ctx;
  const r = (key: MessageKey, params: Record<string, RichParam>) => richT(lang, key, params);
  const customer = clock.customerName;
  switch (clock.kind) {
    case "breach.notify": {
      const base = {
        customer,
        reference: { bold: clock.reference },
        deadline: timeSpan(clock.deadline, zone, lang),
      };
      const penalty = formatMoneyCents(computeLatePenaltyCents(clock.deadline, now), lang);
      const left = clock.deadline.getTime() - now.getTime();
      const text =
        left > 0
          ? r("reminders.breach.notify.before", { ...base, remaining: formatDuration(left, lang) })
          : step === "0"
            ? r("reminders.breach.notify.due", { ...base, penalty })
            : r("reminders.breach.notify.late", { ...base, late: formatDuration(-left, lang), penalty });
      return {
        summary: t(lang, "reminders.breach.notify.summary", { customer, reference: clock.reference }),
        text,
        notes: [],
        clause: t(lang, "reminders.breach.notify.clause"),
      };
    }
    case "breach.authority": {
      const base = {
        customer,
        reference: { bold: clock.reference },
        authority: t(lang, `breach.authority.short.${clock.authority}`),
        deadline: timeSpan(clock.deadline, zone, lang),
      };
      const left = clock.deadline.getTime() - now.getTime();
      const text =
        left > 0
          ? r("reminders.breach.authority.before", { ...base, remaining: formatDuration(left, lang) })
          : r("reminders.breach.authority.late", { ...base, late: formatDuration(-left, lang) });
      return {
        summary: t(lang, "reminders.breach.authority.summary", {
          customer,
          reference: clock.reference,
          authority: t(lang, `breach.authority.short.${clock.authority}`),
        }),
        text,
        notes: [],
        clause: t(lang, "reminders.breach.authority.clause"),
      };
    }
    case "dsr.forward": {
      const base = {
        customer,
        reference: { bold: clock.reference },
        type: requestTypeLabel(clock.requestType, lang),
        deadline: timeSpan(clock.dueAt, zone, lang),
      };
      const late = now.getTime() - clock.dueAt.getTime();
      const text =
        late >= 60 * 60_000
          ? r("reminders.dsr.forward.late", { ...base, late: elapsed(clock.dueAt, now, zone, lang) })
          : r("reminders.dsr.forward.due", base);
      return {
        summary: t(lang, "reminders.dsr.forward.summary", { customer, reference: clock.reference }),
        text,
        notes: [],
        clause: t(lang, "reminders.dsr.forward.clause"),
      };
    }
    case "dsr.legal": {
      const base = {
        customer,
        reference: { bold: clock.reference },
        type: requestTypeLabel(clock.requestType, lang),
        deadline: dateSpan(clock.deadline, zone, lang),
      };
      const left = clock.deadline.getTime() - now.getTime();
      const text =
        left > 0
          ? r("reminders.dsr.legal.before", { ...base, remaining: elapsed(now, clock.deadline, zone, lang) })
          : r("reminders.dsr.legal.late", { ...base, late: elapsed(clock.deadline, now, zone, lang) });
      const notes: RichText[] = [];
      if (!clock.forwarded) notes.push([t(lang, "reminders.dsr.legal.notForwarded")]);
      if (clock.extended) notes.push([t(lang, "reminders.dsr.legal.extended")]);
      return {
        summary: t(lang, "reminders.dsr.legal.summary", { customer, reference: clock.reference }),
        text,
        notes,
        clause: t(lang, "reminders.dsr.legal.clause"),
      };
    }
    case "subprocessor.pending": {
      const text = r("reminders.subprocessor.pending", {
        customer,
        subprocessor: clock.subProcessorName,
        requested: dateSpan(clock.requestedAt, zone, lang),
        waiting: elapsed(clock.requestedAt, now, zone, lang),
      });
      return {
        summary: t(lang, "reminders.subprocessor.summary", {
          customer,
          subprocessor: clock.subProcessorName,
        }),
        text,
        notes: clock.outsideEea ? [[t(lang, "reminders.subprocessor.outsideEea")]] : [],
        clause: t(lang, "reminders.subprocessor.clause"),
      };
    }
    case "retention": {
      const days = calendarDaysUntil(clock.dueAt, now, zone);
      const base = {
        customer,
        deadline: dateSpan(clock.dueAt, zone, lang),
        contractEnd: dateSpan(clock.contractEnd, "UTC", lang),
      };
      const text =
        days >= 0
          ? r("reminders.retention.before", { ...base, remaining: dayCount(days, lang) })
          : r("reminders.retention.late", { ...base, late: dayCount(-days, lang) });
      return {
        summary: t(lang, "reminders.retention.summary", { customer }),
        text,
        notes: clock.termRecorded ? [] : [[t(lang, "reminders.retention.noTerm")]],
        clause: t(lang, "reminders.retention.clause"),
      };
    }
    case "review": {
      const days = calendarDaysUntil(clock.dueAt, now, zone);
      const base = {
        customer,
        deadline: dateSpan(clock.dueAt, zone, lang),
        last: clock.lastReviewAt
          ? dateSpan(clock.lastReviewAt, zone, lang)
          : t(lang, "reminders.review.never"),
      };
      const text =
        days >= 0
          ? r("reminders.review.before", { ...base, remaining: dayCount(days, lang) })
          : r("reminders.review.late", { ...base, late: dayCount(-days, lang) });
      return {
        summary: t(lang, "reminders.review.summary", { customer }),
        text,
        notes: [],
        clause: t(lang, "reminders.review.clause", { count: clock.intervalMonths }),
      };
    }
  }
}

/**
 * The time between two instants: hours and minutes up to two days, beyond that calendar days in
 * `zone` (a week across the DST change is 7 days, not 6 days and 23 hours).
 */
export function elapsed(from: Date, to: Date, zone: string, language: Language): string {
  const abs = Math.abs(to.getTime() - from.getTime());
  if (abs < 48 * 3_600_000) return formatDuration(abs, language);
  return dayCount(Math.abs(calendarDaysUntil(to, from, zone)), language);
}

export function dayCount(days: number, language: Language): string {
  return t(language, "reminders.days", { count: days });
}

const REQUEST_TYPES = [
  "access",
  "rectification",
  "erasure",
  "restriction",
  "portability",
  "objection",
] as const;

export function requestTypeLabel(type: string, language: Language): string {
  const known = (REQUEST_TYPES as readonly string[]).includes(type) ? type : "other";
  return t(language, `reminders.dsrType.${known}` as MessageKey);
}

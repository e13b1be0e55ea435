// The digest: every open deadline in one message, most urgent first. Pure: the same function
// builds the daily message and the on-demand overview.
//
// Slack allows 50 blocks and 3,000 characters per section, and long messages fail well before
// the sum of those (~13k characters, msg_blocks_too_long). Lines are packed into sections within a
// budget that counts an instant at its rendered size; what does not fit is summarised in one line.
import type { Block, Message, RichText, Span } from "../../messages/model.ts";
import { plainText } from "../../messages/model.ts";
import { computeLatePenaltyCents } from "../breach/clocks.ts";
import { formatDate, formatDuration, formatMoneyCents } from "../i18n/format.ts";
import { type MessageKey, t } from "../i18n/translate.ts";
import type { Language } from "../ports.ts";
import { calendarDaysUntil } from "./calendar.ts";
import { deadlineOf, type OpenDeadline, sortByUrgency } from "./open-deadlines.ts";
import { dayCount, elapsed, requestTypeLabel } from "./reminder-message.ts";
import { dateSpan, type RichParam, richT, timeSpan } from "./rich-text.ts";

export const DIGEST_LIMITS = {
  maxBlocks: 50,
  /** Per section, below Slack's 3,000 with room for rendering. */
  sectionChars: 2_600,
  /** Whole message, below the ~13k where Slack starts refusing. */
  totalChars: 10_000,
  /** What an instant may cost once rendered (`<!date^...^{date_short_pretty} {time}|fallback>`). */
  timeSpanOverhead: 64,
};

export interface DigestOptions {
  language: Language;
  timezone: string;
  /** The scheduled digest or the overview asked for with a command. */
  variant: "daily" | "on-demand";
  /** First run: no privacy officer named yet, so nobody may tell the customers (README). */
  nobodyCanNotify?: boolean;
}

export function buildDigest(items: OpenDeadline[], now: Date, options: DigestOptions): Message {
  const { language: lang, timezone: zone } = options;
  const warning: Block[] = options.nobodyCanNotify
    ? [{ type: "section", text: [{ bold: `⚠️ ${t(lang, "access.noPrivacyOfficer")}` }] }]
    : [];
  if (items.length === 0) {
    const text = `✅ ${t(lang, "digest.nothingOpen")}`;
    return { summary: text, blocks: [{ type: "section", text: [text] }, ...warning] };
  }
  const sorted = sortByUrgency(items);
  const overdue = sorted.filter((item) => {
    const deadline = deadlineOf(item);
    return item.kind !== "failed-reminder" && deadline !== null && deadline <= now;
  }).length;
  const title = t(lang, options.variant === "daily" ? "digest.title" : "digest.onDemandTitle");
  const counts = t(lang, "digest.summary", { count: sorted.length, overdue });
  const blocks: Block[] = [
    { type: "header", text: title },
    {
      type: "context",
      text: [`${counts}. `, ...richT(lang, "digest.asOf", { now: timeSpan(now, zone, lang) })],
    },
    ...warning,
  ];

  // Lines are written only while they fit: with thousands of open items only the first hundred or
  // so are shown, and writing the others cost seconds (luxon and the catalog per line).
  // Room for the sections, keeping one block for the "and N more" line.
  let sectionsLeft = DIGEST_LIMITS.maxBlocks - blocks.length - 1;
  let total = blocks.reduce((sum, block) => sum + blockSize(block), 0);
  let current: RichText = [];
  let currentSize = 0;
  let shown = 0;
  for (const item of sorted) {
    const text = line(item, now, lang, zone);
    const size = richSize(text) + 1;
    if (total + size > DIGEST_LIMITS.totalChars) break;
    if (currentSize + size > DIGEST_LIMITS.sectionChars && current.length > 0) {
      if (sectionsLeft <= 1) break;
      blocks.push({ type: "section", text: current });
      sectionsLeft--;
      current = [];
      currentSize = 0;
    }
    if (current.length > 0) current.push("\n");
    current.push(...text);
    currentSize += size;
    total += size;
    shown++;
  }
  if (current.length > 0) blocks.push({ type: "section", text: current });
  if (shown < sorted.length) {
    blocks.push({ type: "context", text: [t(lang, "digest.more", { count: sorted.length - shown })] });
  }
  return { summary: `${title}${t(lang, "common.colon")}${counts}`, blocks };
}

function line(item: OpenDeadline, now: Date, lang: Language, zone: string): RichText {
  const r = (key: MessageKey, params: Record<string, RichParam>) => richT(lang, key, params);
  const bullet = markerOf(item, now);
  const sep = t(lang, "digest.separator");
  switch (item.kind) {
    case "failed-reminder":
      return [
        bullet,
        ...r("digest.line.failed", {
          kind: t(lang, `reminders.kind.${item.reminderKind}` as MessageKey),
          subject: [item.subject, item.customerName].filter((s) => s !== "").join(" · "),
          error: item.error.slice(0, 200),
        }),
      ];
    case "breach.notify": {
      const left = item.deadline.getTime() - now.getTime();
      const status =
        left > 0
          ? r("digest.status.left", {
              remaining: formatDuration(left, lang),
              deadline: timeSpan(item.deadline, zone, lang),
            })
          : r("digest.status.penalty", {
              late: formatDuration(-left, lang),
              penalty: formatMoneyCents(computeLatePenaltyCents(item.deadline, now), lang),
            });
      const label = r("digest.line.breachNotify", {
        reference: { bold: item.reference },
        customer: item.customerName,
      });
      return [bullet, ...label, sep, ...status, ...emailPendingNote(item, lang)];
    }
    case "breach.authority": {
      const label = r("digest.line.authority", {
        reference: { bold: item.reference },
        customer: item.customerName,
        authority: t(lang, `breach.authority.short.${item.authority}`),
      });
      return [bullet, ...label, sep, ...hoursStatus(item.deadline, now, lang, zone)];
    }
    case "request": {
      const base = {
        reference: { bold: item.reference },
        customer: item.customerName,
        type: requestTypeLabel(item.requestType, lang),
      };
      if (item.forwardDueAt !== null) {
        return [
          bullet,
          ...r("digest.line.requestForward", base),
          sep,
          ...hoursStatus(item.forwardDueAt, now, lang, zone),
          t(lang, "common.semicolon"),
          ...r("digest.status.legalDeadline", { deadline: dateSpan(item.deadline, zone, lang) }),
          ...emailPendingNote(item, lang),
        ];
      }
      const label = r(item.extended ? "digest.line.requestLegalExtended" : "digest.line.requestLegal", base);
      return [bullet, ...label, sep, ...hoursStatus(item.deadline, now, lang, zone, dateSpan)];
    }
    case "approval": {
      const label = r("digest.line.approval", {
        customer: item.customerName,
        subprocessor: item.subProcessorName,
        requested: dateSpan(item.requestedAt, zone, lang),
      });
      const line = item.outsideEea
        ? // Each language punctuates the note its own way (French: the line already ends in brackets).
          [bullet, ...label, t(lang, "digest.line.approvalOutsideEea")]
        : [bullet, ...label];
      // Art. 9.4 DPA: the intended start has come without this customer's consent.
      if (item.intendedStart && item.intendedStart.getTime() <= now.getTime()) {
        line.push(" ", {
          bold: t(lang, "subprocessor.digest.startReached", {
            date: formatDate(item.intendedStart, "UTC", lang),
          }),
        });
      }
      return line;
    }
    case "retention":
    case "review": {
      const label = r(item.kind === "retention" ? "digest.line.retention" : "digest.line.review", {
        customer: item.customerName,
      });
      const days = calendarDaysUntil(item.dueAt, now, zone);
      const deadline = dateSpan(item.dueAt, zone, lang);
      const status =
        days >= 0
          ? r("digest.status.left", { remaining: dayCount(days, lang), deadline })
          : r("digest.status.overdue", { late: dayCount(-days, lang), deadline });
      return [bullet, ...label, sep, ...status];
    }
  }
}

function hoursStatus(
  deadline: Date,
  now: Date,
  lang: Language,
  zone: string,
  show: (at: Date, zone: string, lang: Language) => Span = timeSpan,
): RichText {
  const left = deadline.getTime() - now.getTime();
  return left > 0
    ? richT(lang, "digest.status.left", {
        remaining: elapsed(now, deadline, zone, lang),
        deadline: show(deadline, zone, lang),
      })
    : richT(lang, "digest.status.overdue", {
        late: elapsed(deadline, now, zone, lang),
        deadline: show(deadline, zone, lang),
      });
}

function markerOf(item: OpenDeadline, now: Date): string {
  if (item.kind === "failed-reminder") return "⚠️ ";
  const deadline = deadlineOf(item);
  if (deadline === null) return "⏳ ";
  const left = deadline.getTime() - now.getTime();
  if (left <= 0) return "🔴 ";
  if (left <= 24 * 3_600_000) return "🟠 ";
  return "⚪ ";
}

/**
 * What a line costs once rendered: renderers escape & < > (Slack: &amp; &lt; &gt;), mark emphasis
 * and turn an instant into a date token around its fallback text.
 */
function richSize(text: RichText): number {
  return text.reduce((sum, span) => {
    if (typeof span === "string") return sum + escapedLength(span);
    if ("time" in span) return sum + escapedLength(span.fallback) + DIGEST_LIMITS.timeSpanOverhead;
    if ("link" in span) return sum + span.link.length * 3 + escapedLength(span.label) + 3;
    return sum + escapedLength(plainText([span])) + 2;
  }, 0);
}

function escapedLength(text: string): number {
  let length = text.length;
  for (const char of text)
    if (char === "&") length += 4;
    else if (char === "<" || char === ">") length += 3;
  return length;
}

function blockSize(block: Block): number {
  switch (block.type) {
    case "header":
      return block.text.length;
    case "section":
    case "context":
      return richSize(block.text);
    default:
      return 0;
  }
}

/** The digest as plain text (logs, e-mail, tests). */
export function digestAsText(message: Message): string {
  return message.blocks
    .map((block) => {
      if (block.type === "header") return block.text;
      if (block.type === "section" || block.type === "context") return plainText(block.text);
      return "";
    })
    .filter((text) => text !== "")
    .join("\n");
}

/** An e-mail asked for (notification, forward) that failed and waits for its retry. */
function emailPendingNote(item: { emailPending?: boolean }, lang: Language): RichText {
  return item.emailPending ? [" · ", t(lang, "digest.status.emailPending")] : [];
}

// The incident as a chat message: status, each customer's two clocks, penalty exposure, how complete
// the Bijlage 3 form is, and the buttons that move it on. Rebuilt and updated in place on every change.

import type { Block, Button, Message, RichText } from "../../messages/model.ts";
import { formatDateTime, formatDuration, formatMoneyCents } from "../i18n/format.ts";
import { type Translator, translator } from "../i18n/translate.ts";
import type { Language } from "../ports.ts";
import { clockState, totalPenaltyCents } from "./clock-state.ts";
import { assessCompleteness } from "./completeness.ts";
import { customerClockLines } from "./customer-clock-lines.ts";
import type { Incident } from "./incident.ts";
import { INCIDENT_ACTIONS } from "./incident-actions.ts";

/** Message blocks are limited (Slack: 50); beyond this many customers the rest is summarised. */
export const MAX_CUSTOMERS_SHOWN = 15;
/** The full description is in the notification text and the register; the channel gets an excerpt. */
export const DESCRIPTION_EXCERPT = 1500;

export interface RenderContext {
  now: Date;
  timezone: string;
  language: Language;
  /** First run: no privacy officer named yet, so nobody may tell the customers (README). */
  nobodyCanNotify?: boolean;
}

export function buildIncidentMessage(incident: Incident, ctx: RenderContext): Message {
  const tr = translator(ctx.language);
  const closed = incident.status === "closed";
  const blocks: Block[] = [
    {
      type: "header",
      text: tr(closed ? "breach.msg.headerClosed" : "breach.msg.header", { ref: incident.reference }),
    },
    {
      type: "section",
      text: [
        { bold: tr("breach.field.description") },
        "\n",
        excerpt(incident.description, DESCRIPTION_EXCERPT),
      ],
    },
    { type: "fields", fields: summaryFields(incident, ctx, tr) },
    { type: "divider" },
  ];

  const shown = incident.customers.slice(0, MAX_CUSTOMERS_SHOWN);
  for (const clock of shown) {
    blocks.push({ type: "section", text: customerClockLines(clock, ctx) });
  }
  const hidden = incident.customers.slice(MAX_CUSTOMERS_SHOWN);
  if (hidden.length > 0) {
    const informed = hidden.filter((c) => c.notifiedAt !== null).length;
    blocks.push({
      type: "context",
      text: [
        tr("breach.msg.moreCustomers", { count: hidden.length, informed, open: hidden.length - informed }),
      ],
    });
  }

  const { missing } = assessCompleteness(incident);
  if (missing.length > 0 && !closed) {
    const names = missing.map((item) => tr(`breach.item.${item}`)).join(", ");
    blocks.push({ type: "context", text: [tr("breach.msg.missing", { items: names })] });
  }
  if (ctx.nobodyCanNotify && !closed) {
    blocks.push({ type: "context", text: [{ bold: tr("access.noPrivacyOfficer") }] });
  }
  if (closed) {
    blocks.push({ type: "context", text: closingLine(incident, ctx, tr) });
  } else {
    blocks.push({ type: "actions", buttons: actionButtons(incident, tr) });
  }
  blocks.push({
    type: "context",
    text: [
      tr("breach.msg.footer", {
        zone: ctx.timezone,
        at: formatDateTime(ctx.now, ctx.timezone, ctx.language),
      }),
    ],
  });
  return { summary: summary(incident, ctx, tr), blocks };
}

function summaryFields(incident: Incident, ctx: RenderContext, tr: Translator) {
  const { filled, total } = assessCompleteness(incident);
  const penalty = totalPenaltyCents(incident, ctx.now);
  const notifyDeadline = incident.customers[0]?.notifyDeadline;
  const authorityDeadline = incident.customers[0]?.authorityDeadline;
  const at = (d: Date | undefined): RichText => [d ? formatDateTime(d, ctx.timezone, ctx.language) : "-"];
  const fields: Array<{ label: string; value: RichText }> = [
    { label: tr("breach.msg.status"), value: [statusText(incident, ctx, tr)] },
    { label: tr("breach.msg.discovered"), value: at(incident.discoveredAt) },
    { label: tr("breach.msg.notifyBy"), value: at(notifyDeadline) },
    { label: tr("breach.msg.authorityBy"), value: at(authorityDeadline) },
    { label: tr("breach.msg.reporter"), value: [incident.reporterName] },
    { label: tr("breach.msg.completeness"), value: [tr("breach.msg.completenessValue", { filled, total })] },
  ];
  if (penalty > 0) {
    fields.push({
      label: tr("breach.msg.penalty"),
      value: [{ bold: formatMoneyCents(penalty, ctx.language) }],
    });
  }
  return fields;
}

function statusText(incident: Incident, ctx: RenderContext, tr: Translator): string {
  if (incident.status === "closed") return tr("breach.status.closed");
  const states = incident.customers.map((clock) => clockState(clock, ctx.now));
  if (states.some((s) => s.notify === "overdue")) return tr("breach.status.overdue");
  if (states.every((s) => s.notify === "informed")) {
    return states.every((s) => s.authority === "decided")
      ? tr("breach.status.allDecided")
      : tr("breach.status.allInformed");
  }
  return tr("breach.status.open");
}

function actionButtons(incident: Incident, tr: Translator): Button[] {
  const value = incident.id;
  return [
    { actionId: INCIDENT_ACTIONS.complete, label: tr("breach.button.complete"), value },
    { actionId: INCIDENT_ACTIONS.informed, label: tr("breach.button.informed"), value, style: "primary" },
    { actionId: INCIDENT_ACTIONS.notification, label: tr("breach.button.notification"), value },
    { actionId: INCIDENT_ACTIONS.authority, label: tr("breach.button.authority"), value },
    { actionId: INCIDENT_ACTIONS.close, label: tr("breach.button.close"), value, style: "danger" },
  ];
}

function closingLine(incident: Incident, ctx: RenderContext, tr: Translator): RichText {
  const at = incident.closedAt ? formatDateTime(incident.closedAt, ctx.timezone, ctx.language) : "-";
  const line: RichText = [tr("breach.msg.closedAt", { at })];
  if (incident.closingNote) line.push(" · ", incident.closingNote);
  return line;
}

function summary(incident: Incident, ctx: RenderContext, tr: Translator): string {
  const open = incident.customers.filter((c) => c.notifiedAt === null);
  const first = open[0];
  if (incident.status === "closed" || !first) {
    return tr("breach.msg.summaryDone", { ref: incident.reference, count: incident.customers.length });
  }
  const margin = first.notifyDeadline.getTime() - ctx.now.getTime();
  const duration = formatDuration(margin, ctx.language);
  return tr(margin >= 0 ? "breach.msg.summaryOpen" : "breach.msg.summaryLate", {
    ref: incident.reference,
    count: open.length,
    duration,
  });
}

function excerpt(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

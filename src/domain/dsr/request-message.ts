// The request as a channel message: reference, customer, type, received, forward due, legal
// deadline, status and costs, with the buttons that move it on. Never the data subject's identity
// or the request text (art. 8 DPA, GDPR art. 5(1)(f)): those are shown privately on demand.
import type { Block, Button, Message, RichText, Span } from "../../messages/model.ts";
import { formatDate, formatDateTime, formatMoneyCents } from "../i18n/format.ts";
import { type MessageKey, type Translator, translator } from "../i18n/translate.ts";
import type { Language } from "../ports.ts";
import { canExtend } from "./deadlines.ts";
import { zoneOfAuthority } from "./holidays.ts";
import { type DataSubjectRequest, GDPR_ARTICLE } from "./request.ts";
import { REQUEST_ACTIONS } from "./request-actions.ts";

export interface RequestRenderContext {
  now: Date;
  timezone: string;
  language: Language;
}

export function buildRequestMessage(request: DataSubjectRequest, ctx: RequestRenderContext): Message {
  const tr = translator(ctx.language);
  const closed = request.status === "closed";
  const time = (at: Date): Span => ({
    time: at,
    style: "datetime",
    fallback: formatDateTime(at, ctx.timezone, ctx.language),
  });
  const day = (at: Date): RichText => [
    formatDate(at, zoneOfAuthority(request.customer.authority), ctx.language),
  ];
  const type = tr(`dsr.type.${request.type}` as MessageKey);

  const fields: Array<{ label: string; value: RichText }> = [
    { label: tr("dsr.msg.customer"), value: [`${request.customer.name} (${request.customer.key})`] },
    {
      label: tr("dsr.msg.type"),
      value: [tr("dsr.msg.typeValue", { type, article: GDPR_ARTICLE[request.type] })],
    },
    {
      label: tr("dsr.msg.received"),
      value: [time(request.receivedAt), ` · ${tr(`dsr.via.${request.receivedVia}` as MessageKey)}`],
    },
    { label: tr("dsr.msg.forwardDue"), value: [time(request.forwardDueAt)] },
    {
      label: tr("dsr.msg.legalDeadline"),
      value: request.extendedDeadline
        ? [
            ...day(request.extendedDeadline),
            ` (${tr("dsr.msg.extendedFrom", { date: formatDate(request.legalDeadline, zoneOfAuthority(request.customer.authority), ctx.language) })})`,
          ]
        : day(request.legalDeadline),
    },
    { label: tr("dsr.msg.status"), value: [statusText(request, ctx.now, tr)] },
  ];
  if (request.minutesSpent > 0) {
    const cost =
      request.costCents > 0
        ? ` · ${tr("dsr.msg.cost", { cost: formatMoneyCents(request.costCents, ctx.language) })}`
        : "";
    fields.push({
      label: tr("dsr.msg.timeSpent"),
      value: [tr("dsr.msg.minutes", { minutes: request.minutesSpent }), cost],
    });
  }

  const blocks: Block[] = [
    {
      type: "header",
      text: tr(closed ? "dsr.msg.headerClosed" : "dsr.msg.header", { ref: request.reference }),
    },
    { type: "fields", fields },
  ];
  if (request.forwardedAt) {
    blocks.push({
      type: "context",
      text: [
        tr("dsr.msg.forwarded", {
          via: tr(`dsr.forwardVia.${request.forwardedVia ?? "email"}` as MessageKey),
        }),
        " ",
        time(request.forwardedAt),
        ` ${tr("dsr.msg.to")} `,
        request.forwardedTo.join(", "),
        request.acknowledgedAt ? ` · ${tr("dsr.msg.acknowledged")}` : "",
      ],
    });
  } else if (request.forwardError && !closed) {
    const retry = request.forwardRetryAt
      ? [" ", tr("dsr.msg.retryAt"), " ", time(request.forwardRetryAt)]
      : [` ${tr("dsr.msg.noRetry")}`];
    blocks.push({
      type: "section",
      text: [`⚠️ ${tr("dsr.msg.forwardFailed")} `, request.forwardError, ...retry],
    });
  }
  if (request.extensionReason) {
    blocks.push({
      type: "context",
      text: [`${tr("dsr.msg.extensionReason")}${tr("common.colon")}`, request.extensionReason],
    });
  }
  if (closed) {
    const at = request.closedAt ? formatDateTime(request.closedAt, ctx.timezone, ctx.language) : "-";
    blocks.push({
      type: "context",
      text: [tr("dsr.msg.closedAt", { at }), request.closingNote ? ` · ${request.closingNote}` : ""],
    });
  }
  blocks.push({ type: "actions", buttons: buttons(request, ctx.now, tr) });
  blocks.push({ type: "context", text: [tr("dsr.msg.footer", { zone: ctx.timezone })] });
  return {
    summary: tr("dsr.msg.summary", { ref: request.reference, type, customer: request.customer.name }),
    blocks,
  };
}

function statusText(request: DataSubjectRequest, now: Date, tr: Translator): string {
  if (request.status === "closed") return tr("dsr.status.closed");
  if (request.acknowledgedAt) return tr("dsr.status.acknowledged");
  if (request.forwardedAt) return tr("dsr.status.forwarded");
  return now > request.forwardDueAt ? tr("dsr.status.forwardOverdue") : tr("dsr.status.received");
}

function buttons(request: DataSubjectRequest, now: Date, tr: Translator): Button[] {
  const value = request.id;
  const list: Button[] = [{ actionId: REQUEST_ACTIONS.details, label: tr("dsr.button.details"), value }];
  if (request.status === "closed") {
    list.push({ actionId: REQUEST_ACTIONS.time, label: tr("dsr.button.time"), value });
    return list;
  }
  if (!request.forwardedAt) {
    list.push({
      actionId: REQUEST_ACTIONS.forwarded,
      label: tr("dsr.button.forwarded"),
      value,
      style: "primary",
    });
  } else if (!request.acknowledgedAt) {
    list.push({
      actionId: REQUEST_ACTIONS.acknowledged,
      label: tr("dsr.button.acknowledged"),
      value,
      style: "primary",
      confirm: {
        title: tr("dsr.button.acknowledged"),
        text: tr("dsr.confirm.acknowledged", { ref: request.reference }),
        confirm: tr("common.yes"),
        deny: tr("common.cancel"),
      },
    });
  }
  list.push({ actionId: REQUEST_ACTIONS.time, label: tr("dsr.button.time"), value });
  if (canExtend(request.legalDeadline, request.extendedDeadline, now)) {
    list.push({ actionId: REQUEST_ACTIONS.extend, label: tr("dsr.button.extend"), value });
  }
  list.push({ actionId: REQUEST_ACTIONS.close, label: tr("dsr.button.close"), value, style: "danger" });
  return list;
}

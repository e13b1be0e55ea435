// The dialogs behind the buttons of a request message: confirm a forward made by hand, record time
// spent, extend the deadline, close. Neutral definitions; each platform renders them.
import { computeExtendedDeadline } from "../../domain/dsr/deadlines.ts";
import { buildForwardText } from "../../domain/dsr/forward-text.ts";
import { zoneOfAuthority } from "../../domain/dsr/holidays.ts";
import { type DataSubjectRequest, FORWARD_CHANNELS } from "../../domain/dsr/request.ts";
import { formatDate, formatMoneyCents } from "../../domain/i18n/format.ts";
import { type MessageKey, translator } from "../../domain/i18n/translate.ts";
import type { Language } from "../../domain/ports.ts";
import { chunkParagraphs } from "../breach/notification-form.ts";
import type { Form, FormItem } from "../model.ts";

export const FORWARD_FORM_ID = "dsr.forward";
export const TIME_FORM_ID = "dsr.time";
export const EXTEND_FORM_ID = "dsr.extend";
export const CLOSE_REQUEST_FORM_ID = "dsr.closeRequest";

const SECTION_ROOM = 2400;

/** The forwarding text, ready to copy: only for people allowed to see the details. */
export function forwardTextItems(request: DataSubjectRequest, timezone: string): FormItem[] {
  const text = buildForwardText(request, timezone);
  return [
    { kind: "info", text: [{ bold: text.subject }] },
    ...chunkParagraphs(text.paragraphs, SECTION_ROOM).map(
      (chunk): FormItem => ({ kind: "info", text: [chunk] }),
    ),
  ];
}

export function buildForwardForm(input: {
  request: DataSubjectRequest;
  language: Language;
  timezone: string;
  now: Date;
  showText: boolean;
  state: string;
}): Form {
  const tr = translator(input.language);
  const text = buildForwardText(input.request, input.timezone);
  const recipients =
    text.route?.contacts.map((c) => [c.name, c.email, c.phone].filter(Boolean).join(" · ")) ?? [];
  const items: FormItem[] = [
    {
      kind: "info",
      text: [
        tr("dsr.forwardForm.routed", {
          reason: tr(`dsr.forwardForm.reason.${text.route?.reason ?? "dsr"}` as MessageKey),
          recipients: recipients.join("; ") || "-",
        }),
      ],
    },
    { kind: "divider" },
    ...(input.showText
      ? forwardTextItems(input.request, input.timezone)
      : [{ kind: "info" as const, text: [tr("dsr.forwardForm.hidden")] }]),
    { kind: "divider" },
    {
      kind: "text",
      id: "to",
      label: tr("dsr.forwardForm.to"),
      hint: tr("dsr.forwardForm.toHint"),
      required: true,
      maxLength: 1000,
      initial: text.route?.contacts.map((c) => c.email).join(", ") ?? null,
    },
    {
      kind: "choice",
      id: "via",
      style: "radio",
      label: tr("dsr.forwardForm.via"),
      required: true,
      options: FORWARD_CHANNELS.map((via) => ({
        value: via,
        label: tr(`dsr.forwardVia.${via}` as MessageKey),
      })),
      initial: ["email"],
    },
    { kind: "datetime", id: "at", label: tr("dsr.forwardForm.at"), required: true, initial: input.now },
  ];
  return {
    id: FORWARD_FORM_ID,
    title: tr("dsr.forwardForm.title"),
    submit: tr("dsr.forwardForm.submit"),
    close: tr("common.cancel"),
    items,
    state: input.state,
  };
}

export function buildTimeForm(input: {
  request: DataSubjectRequest;
  language: Language;
  hourlyRateCents: number | null;
  state: string;
}): Form {
  const tr = translator(input.language);
  const hint = [
    tr("dsr.timeForm.hint", { minutes: input.request.minutesSpent }),
    input.hourlyRateCents !== null
      ? tr("dsr.timeForm.rate", { rate: formatMoneyCents(input.hourlyRateCents, input.language) })
      : "",
  ]
    .filter(Boolean)
    .join(" ");
  return {
    id: TIME_FORM_ID,
    title: tr("dsr.timeForm.title"),
    submit: tr("dsr.timeForm.submit"),
    close: tr("common.cancel"),
    state: input.state,
    items: [
      { kind: "text", id: "minutes", label: tr("dsr.timeForm.minutes"), hint, required: true, maxLength: 5 },
    ],
  };
}

export function buildExtendForm(input: {
  request: DataSubjectRequest;
  language: Language;
  state: string;
}): Form {
  const tr = translator(input.language);
  const { request } = input;
  const zone = zoneOfAuthority(request.customer.authority);
  const extended = computeExtendedDeadline(request.receivedAt, request.customer.authority);
  return {
    id: EXTEND_FORM_ID,
    title: tr("dsr.extendForm.title"),
    submit: tr("dsr.extendForm.submit"),
    close: tr("common.cancel"),
    state: input.state,
    items: [
      {
        kind: "info",
        text: [
          tr("dsr.extendForm.intro", {
            date: formatDate(extended, zone, input.language),
            deadline: formatDate(request.legalDeadline, zone, input.language),
          }),
        ],
      },
      {
        kind: "text",
        id: "reason",
        label: tr("dsr.extendForm.reason"),
        required: true,
        multiline: true,
        maxLength: 1000,
      },
    ],
  };
}

export function buildCloseRequestForm(input: {
  request: DataSubjectRequest;
  language: Language;
  state: string;
}): Form {
  const tr = translator(input.language);
  return {
    id: CLOSE_REQUEST_FORM_ID,
    title: tr("dsr.closeForm.title"),
    submit: tr("dsr.closeForm.submit"),
    close: tr("common.cancel"),
    state: input.state,
    items: [
      {
        kind: "text",
        id: "note",
        label: tr("dsr.closeForm.note"),
        required: input.request.forwardedAt === null,
        multiline: true,
        maxLength: 1000,
      },
    ],
  };
}

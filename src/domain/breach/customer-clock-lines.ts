// One affected customer in the incident message: the 24 h notification clock (art. 6 DPA) with the
// art. 6.5 penalty when late, and the customer's 72 h decision on its supervisory authority.
import type { RichText, Span } from "../../messages/model.ts";
import { formatDateTime, formatDuration, formatMoneyCents } from "../i18n/format.ts";
import { translator } from "../i18n/translate.ts";
import { clockState } from "./clock-state.ts";
import type { CustomerClock } from "./incident.ts";
import type { RenderContext } from "./incident-message.ts";

export function customerClockLines(clock: CustomerClock, ctx: RenderContext): RichText {
  const tr = translator(ctx.language);
  const state = clockState(clock, ctx.now);
  const time = (at: Date): Span => ({
    time: at,
    style: "datetime",
    fallback: formatDateTime(at, ctx.timezone, ctx.language),
  });
  const duration = (ms: number) => formatDuration(ms, ctx.language);
  const money = formatMoneyCents(state.penaltyCents, ctx.language);
  const authority = tr(`breach.authority.short.${clock.customer.authority}`);

  const lines: RichText = [{ bold: clock.customer.name }, ` (${clock.customer.key})\n`];

  if (state.notify === "informed") {
    lines.push(
      tr("breach.clock.informed", { via: tr(`breach.via.${clock.notifiedVia ?? "phone"}`) }),
      " ",
      time(clock.notifiedAt!),
    );
    if (clock.notifiedTo) lines.push(` ${tr("breach.clock.to")} `, clock.notifiedTo);
    lines.push(
      state.penaltyCents > 0
        ? ` · ${tr("breach.clock.informedLate", { duration: duration(state.notifyMarginMs), penalty: money })}`
        : ` · ${tr("breach.clock.onTime")}`,
    );
  } else if (state.notify === "pending") {
    lines.push(
      tr("breach.clock.informBy"),
      " ",
      time(clock.notifyDeadline),
      ` · ${tr("common.remaining", { duration: duration(state.notifyMarginMs) })}`,
    );
  } else {
    lines.push(
      tr("breach.clock.overdue"),
      " ",
      time(clock.notifyDeadline),
      ` · ${tr("common.overdue", { duration: duration(state.notifyMarginMs) })} · `,
      { bold: tr("breach.clock.exposure", { penalty: money }) },
    );
  }
  lines.push("\n");
  lines.push(...pendingEmailLine(clock, tr, time));

  if (state.authority === "decided") {
    lines.push(tr(`breach.decision.${clock.authorityDecision}`, { authority }));
    if (clock.authorityDecisionAt) lines.push(" · ", time(clock.authorityDecisionAt));
    if (clock.authorityDecisionNote) lines.push(" · ", clock.authorityDecisionNote);
  } else {
    const left =
      state.authority === "pending"
        ? tr("common.remaining", { duration: duration(state.authorityMarginMs) })
        : tr("common.overdue", { duration: duration(state.authorityMarginMs) });
    lines.push(
      tr("breach.clock.authorityBy", { authority }),
      " ",
      time(clock.authorityDeadline),
      ` · ${left}`,
    );
  }
  return lines;
}

/** A notification e-mail that has not gone out: shown until it has, so nobody thinks it was sent. */
function pendingEmailLine(
  clock: CustomerClock,
  tr: ReturnType<typeof translator>,
  time: (at: Date) => Span,
): RichText {
  // Without an error the first attempt is still under way (see notificationPending).
  if (!clock.notificationError) return [];
  if (clock.notificationRetryAt) {
    return [
      tr("breach.clock.emailPending"),
      " ",
      time(clock.notificationRetryAt),
      ` · ${clock.notificationError}\n`,
    ];
  }
  return [`${tr("breach.clock.emailFailed")} ${clock.notificationError}\n`];
}

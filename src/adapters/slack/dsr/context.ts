// What the request listeners share: the use cases' ports, who is who, where requests are posted,
// and turning a refusal into a notice dialog.
import type { DsrDeps } from "../../../domain/dsr/dsr-deps.ts";
import { t } from "../../../domain/i18n/translate.ts";
import type { ChatTarget, Language } from "../../../domain/ports.ts";
import { refusalMessage } from "../../../domain/refusal-message.ts";
import { buildNoticeForm } from "../../../forms/breach/notice-form.ts";
import type { Form } from "../../../forms/model.ts";
import type { Logger } from "../../../logger.ts";
import type { Sleep } from "../../../scheduler/channel-pacer.ts";
import type { ModalState } from "../modal-state.ts";
import type { SlackPeople } from "../people.ts";

export interface SlackDsrContext {
  deps: DsrDeps;
  people: SlackPeople;
  logger: Logger;
  /** SLACK_REQUEST_CHANNEL, else SLACK_INCIDENT_CHANNEL: for requests registered from a DM. */
  requestChannel?: string;
  /** Waits out a short Retry-After while a dialog loads (see openThenFill). */
  sleep?: Sleep | undefined;
}

/** The text of a refusal, or of an unexpected failure (logged without any request details). */
export function refusalText(ctx: SlackDsrContext, language: Language, error: unknown, what: string): string {
  const refused = refusalMessage(error, language);
  if (refused !== null) return refused;
  ctx.logger.error({ err: error }, what);
  return t(language, "dsr.error.unexpected");
}

export function noticeForm(language: Language, text: string): Form {
  return buildNoticeForm({
    title: t(language, "dsr.notice.title"),
    close: t(language, "common.close"),
    text: [text],
  });
}

/** The dialog, or a notice saying why it cannot open (closed, gone, database down). */
export async function dsrFormOrNotice(
  ctx: SlackDsrContext,
  language: Language,
  build: () => Promise<Form>,
): Promise<Form> {
  try {
    return await build();
  } catch (error) {
    return noticeForm(language, refusalText(ctx, language, error, "opening a request dialog failed"));
  }
}

/** The channel of the command unless a DM, then the request channel, finally the registrant's DM. */
export function requestTargets(
  state: ModalState,
  registrantId: string,
  requestChannel: string | undefined,
): ChatTarget[] {
  const targets: ChatTarget[] = [];
  const direct =
    !state.c || /^D/.test(state.c) || state.n === "directmessage" || state.n?.startsWith("mpdm-");
  if (state.c && !direct) targets.push({ platform: "slack", channelId: state.c });
  if (requestChannel && requestChannel !== state.c)
    targets.push({ platform: "slack", channelId: requestChannel });
  targets.push({ platform: "slack", channelId: registrantId });
  return targets;
}

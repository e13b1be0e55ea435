// What the breach listeners share: the use cases' ports, who is who, and small Slack helpers that
// turn domain answers (field errors, refusals) into what Slack expects.

import { performance } from "node:perf_hooks";
import type { webApi } from "@slack/bolt";
import type { BreachDeps } from "../../../domain/breach/breach-deps.ts";
import type { FieldErrors } from "../../../domain/breach/report-input.ts";
import { t } from "../../../domain/i18n/translate.ts";
import type { Language } from "../../../domain/ports.ts";
import { refusalMessage } from "../../../domain/refusal-message.ts";
import { buildNoticeForm } from "../../../forms/breach/notice-form.ts";
import type { Form } from "../../../forms/model.ts";
import { fieldIdOf } from "../../../forms/slack/read-form-state.ts";
import { renderForm } from "../../../forms/slack/render-form.ts";
import type { Logger } from "../../../logger.ts";
import type { Sleep } from "../../../scheduler/channel-pacer.ts";
import { isDatabaseUnavailable } from "../../db/unavailable.ts";
import type { SlackPeople, SlackUserRef } from "../people.ts";
import { withSecondTry } from "../short-wait.ts";
import { encodedView } from "../web-client.ts";

export interface SlackBreachContext {
  deps: BreachDeps;
  people: SlackPeople;
  logger: Logger;
  /** SLACK_INCIDENT_CHANNEL: where incidents go when /datalek runs in a direct message. */
  incidentChannel?: string;
  /** Waits out a short Retry-After while a dialog loads (tests pass one that moves their clock). */
  sleep?: Sleep | undefined;
}

interface PayloadUser {
  id: string;
  name?: string;
  username?: string;
  team_id?: string;
}

export function userRef(user: PayloadUser, teamId?: string | null): SlackUserRef {
  return { id: user.id, teamId: user.team_id ?? teamId ?? "", name: user.username ?? user.name };
}

interface ViewBlock {
  type: string;
  block_id?: string;
}

/** Domain field errors on the blocks of the submitted view, translated (response_action: errors). */
export function slackFieldErrors(
  blocks: ViewBlock[],
  errors: FieldErrors<string>,
  language: Language,
): Record<string, string> {
  const inputs = blocks.filter((b) => b.type === "input" && b.block_id);
  const result: Record<string, string> = {};
  for (const [field, key] of Object.entries(errors)) {
    if (!key) continue;
    const block = inputs.find((b) => fieldIdOf(b.block_id!) === field) ?? inputs[0];
    if (block) result[block.block_id!] = t(language, key);
  }
  return result;
}

/** A refusal without a field lands on the dialog's first input, where it will be seen. */
export function errorOnFirstInput(blocks: ViewBlock[], message: string): Record<string, string> {
  const first = blocks.find((b) => b.type === "input" && b.block_id);
  return first ? { [first.block_id!]: message } : {};
}

/**
 * Opens a dialog within the trigger's 3 s: first a "loading" view with no I/O before it, then the
 * real dialog once its data is loaded (views.update, guarded by the view's hash). `fill` should not
 * throw (see formOrNotice): a loading view left open would never tell the user what went wrong.
 */
export async function openThenFill(
  client: webApi.WebClient,
  triggerId: string,
  loading: Form,
  fill: () => Promise<Form>,
  listener: { sleep?: Sleep | undefined },
): Promise<void> {
  const opened = await client.views.open({ trigger_id: triggerId, view: encodedView(renderForm(loading)) });
  const form = await fill();
  const view = encodedView(renderForm(form));
  // The loading view is open and the person waits on it: a short Retry-After is waited out (the
  // client itself retries a 5xx once). A longer one, or a second refusal, leaves the loading view,
  // which says what to do then.
  await withSecondTry(
    () => client.views.update({ view_id: opened.view!.id!, hash: opened.view!.hash!, view }),
    { outages: false, sleep: listener.sleep },
  );
}

/**
 * How long a dialog's data (profile, language, the permission check) may take, counted from the
 * request's arrival, before the loading view opens instead, while Slack still has to say who the
 * person is (users.info): short, so that a slow Slack still shows the person something at once.
 */
export const ONE_CALL_BUDGET_MS = 400;

/**
 * The same limit when the profile is cached and only our own database and CPU stand between the
 * command and its form. A loading view would then be sent by this same busy process, so it would
 * not come much sooner; under a burst of commands it would double the Web API calls of everyone
 * waiting. 1.5 s leaves half the trigger's 3 s for the views.open, and opens the loading view
 * before the database pool gives up on a connection (2 s) when the database is away.
 */
export const KNOWN_PERSON_LIMIT_MS = 1_500;

/**
 * Opens the dialog with one views.open when `fill` is done within the budget (ONE_CALL_BUDGET_MS
 * by default); otherwise the loading view first and the dialog once ready (openThenFill). Either
 * way the person sees what `fill` gives: the form, or the notice of a refusal.
 */
export async function openInOneCall(
  client: webApi.WebClient,
  triggerId: string,
  dialog: { loading: () => Form; fill: () => Promise<Form>; arrivedAt: number; budgetMs?: number },
  listener: { sleep?: Sleep | undefined },
): Promise<void> {
  const filling = dialog.fill();
  const left = dialog.arrivedAt + (dialog.budgetMs ?? ONE_CALL_BUDGET_MS) - performance.now();
  const ready = left > 0 ? await within(filling, left) : undefined;
  if (ready) {
    await client.views.open({ trigger_id: triggerId, view: encodedView(renderForm(ready)) });
    return;
  }
  await openThenFill(client, triggerId, dialog.loading(), () => filling, listener);
}

/** The promise's value if it settles within `ms`, else undefined (it keeps running). */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The dialog, or when it cannot be built (incident closed or gone, database down) a notice saying why. */
export async function formOrNotice(
  ctx: SlackBreachContext,
  language: Language,
  build: () => Promise<Form>,
): Promise<Form> {
  try {
    return await build();
  } catch (error) {
    const refused = refusalMessage(error, language);
    if (refused === null) ctx.logger.error({ err: error }, "opening a breach dialog failed");
    const text =
      refused ??
      t(language, isDatabaseUnavailable(error) ? "breach.error.tryAgainSoon" : "breach.error.unexpected");
    return buildNoticeForm({
      title: t(language, "breach.form.loadingTitle"),
      close: t(language, "common.close"),
      text: [text],
    });
  }
}

// Reporting a breach from Teams: the `datalek` menu command answers with a card whose button opens
// the report dialog; the message-extension actions open the same dialog directly, the message
// action prefilled with the message it was started on. One form definition (forms/breach) and one
// submission (forms/breach/submit-report.ts) for Slack and Teams.

import { authorize, may } from "../../../domain/access/access-control.ts";
import { publishIncident } from "../../../domain/breach/publish-incident.ts";
import { t } from "../../../domain/i18n/translate.ts";
import type { Language } from "../../../domain/ports.ts";
import { refusalMessage } from "../../../domain/refusal-message.ts";
import { buildReportForm, REPORT_FORM_ID } from "../../../forms/breach/report-form.ts";
import { submitReport } from "../../../forms/breach/submit-report.ts";
import { dialogCommand } from "../command-card.ts";
import { type DialogState, encodeDialogState, newDialogState } from "../dialog-state.ts";
import type { DialogOpener, DialogView, FlowRegistry, SubmitResult, TeamsFlowContext } from "../flows.ts";
import { translateErrors } from "../form-errors.ts";
import { actorOf, type TeamsTurn } from "../turn.ts";

export const REPORT_DIALOG = "breach.report";
/** Message-extension action commands (manifests/teams/manifest.json). */
export const REPORT_EXTENSION_COMMAND = "report-breach";
export const REPORT_MESSAGE_ACTION = "report-message-as-breach";
/** Customers offered before anything is typed; Data.Query finds the others. */
export const STATIC_CUSTOMER_CHOICES = 25;

export function registerBreachReport(registry: FlowRegistry, ctx: TeamsFlowContext): void {
  const deps = ctx.breach;

  registry.command(
    ["datalek", "breach", "data-breach", "violation"],
    dialogCommand(ctx, {
      dialog: REPORT_DIALOG,
      text: (language) => t(language, "teams.breach.menuText"),
      button: (language) => t(language, "teams.breach.menuButton"),
    }),
  );

  const view = async (
    language: Language,
    state: DialogState,
    description: string | null,
    turn: TeamsTurn,
  ) => ({
    form: buildReportForm({
      language,
      mode: "report",
      state: encodeDialogState(state),
      customers: [],
      discoveredAt: deps.clock.now(),
      details: { description, contact: { name: turn.userName || null, email: null, phone: null } },
    }),
    lookupChoices: {
      customers: (await deps.customers.search("", STATIC_CUSTOMER_CHOICES)).map((c) => ({
        value: c.id,
        label: `${c.name} (${c.key})`,
      })),
    },
  });

  const open: DialogOpener = async (turn, { data, prefill }) => {
    // A guest or another organisation's colleague is told so before filling anything in.
    await authorize(deps.access, actorOf(turn), "breach.report");
    const language = await ctx.language(turn);
    const typed = prefill ?? (typeof data.text === "string" ? data.text : "");
    return view(language, newDialogState(language, turn.timezone), typed.trim() || null, turn);
  };
  registry.dialog(REPORT_DIALOG, open);
  registry.extensionCommand(REPORT_EXTENSION_COMMAND, open);
  registry.extensionCommand(REPORT_MESSAGE_ACTION, open);

  registry.form(REPORT_FORM_ID, {
    rebuild: (turn, state): Promise<DialogView> => view(state.l, state, null, turn),
    submit: async (turn, { values, state }): Promise<SubmitResult> => {
      const outcome = await submitReport(deps, {
        mode: "report",
        values,
        idempotencyKey: `teams:dialog:${state.s}`,
        actor: actorOf(turn),
        platform: "teams",
      });
      if (!outcome.ok) {
        const errors =
          "fieldErrors" in outcome
            ? translateErrors(outcome.fieldErrors, state.l)
            : { description: refusalMessage(outcome.refusal, state.l) ?? "" };
        return { kind: "errors", errors, labels: await customerLabels(ctx, values.customers) };
      }
      const { incident, created } = outcome;
      if (created) {
        try {
          await publishIncident(deps, incident, {
            targets: [{ platform: "teams", channelId: turn.conversationId }],
            reporterUserId: turn.userId,
            reporterLanguage: state.l,
          });
        } catch (error) {
          // Saved with a hold: the scheduler posts it once Teams takes it (post-unposted-incidents).
          deps.onChatError(error, incident.id);
        }
      }
      const key = created ? "teams.breach.reported" : "teams.breach.reportedAgain";
      return { kind: "done", message: t(state.l, key, { ref: incident.reference }) };
    },
  });

  // The customer register is ours: a guest or another tenant's colleague cannot list it.
  registry.dataset("customers", async (turn, query, limit) =>
    (await may(deps.access, actorOf(turn), "breach.report"))
      ? (await deps.customers.search(query, limit)).map((c) => ({
          value: c.id,
          label: `${c.name} (${c.key})`,
        }))
      : [],
  );
}

/** Names of the chosen customers, so a form shown again with its errors shows them, not ids. */
export async function customerLabels(
  ctx: TeamsFlowContext,
  chosen: unknown,
): Promise<Record<string, string>> {
  const ids = Array.isArray(chosen) ? chosen.filter((v): v is string => typeof v === "string") : [];
  if (ids.length === 0) return {};
  const valid = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  const found = valid.length > 0 ? await ctx.breach.customers.findActive(valid) : [];
  return Object.fromEntries(found.map((c) => [c.id, `${c.name} (${c.key})`]));
}

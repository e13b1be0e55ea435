// Proposing a new sub-processor from Teams (art. 9 DPA): the `subverwerker` menu command answers
// with a card whose button opens the proposal dialog, the same form and use case as Slack's. The
// proposal card (with its tally) is posted in the conversation; the approval requests go out to
// each customer's approvers through the scheduler's fan-out (a personal chat in Teams, Slack, e-mail
// links). Approve/Reject: approval-buttons.ts; Withdraw: withdraw-button.ts.

import { DateTime } from "luxon";
import { AccessRefusal, authorize } from "../../../domain/access/access-control.ts";
import { t } from "../../../domain/i18n/translate.ts";
import type { Language } from "../../../domain/ports.ts";
import { refusalMessage } from "../../../domain/refusal-message.ts";
import { searchCountries } from "../../../domain/subprocessor/countries.ts";
import { validateProposal } from "../../../domain/subprocessor/proposal-input.ts";
import { buildProposalMessage } from "../../../domain/subprocessor/proposal-message.ts";
import { proposeChange } from "../../../domain/subprocessor/propose-change.ts";
import type { SubprocessorDeps } from "../../../domain/subprocessor/subprocessor-deps.ts";
import { SubprocessorRefusal } from "../../../domain/subprocessor/subprocessor-error.ts";
import type { FormErrors } from "../../../forms/model.ts";
import { buildProposalForm, PROPOSAL_FORM_ID } from "../../../forms/subprocessor/proposal-form.ts";
import { countryLabel } from "../../slack/subprocessor/country-options.ts";
import { dialogCommand } from "../command-card.ts";
import { type DialogState, encodeDialogState, newDialogState } from "../dialog-state.ts";
import type { DialogView, FlowRegistry, SubmitResult, TeamsFlowContext } from "../flows.ts";
import { translateErrors } from "../form-errors.ts";
import { actorOf, type TeamsTurn } from "../turn.ts";

export const PROPOSAL_DIALOG = "subprocessor.propose";
const STATIC_CHOICES = 25;

export function registerSubprocessorProposal(
  registry: FlowRegistry,
  ctx: TeamsFlowContext,
  deps: SubprocessorDeps,
): void {
  registry.command(
    ["subverwerker", "subprocessor"],
    dialogCommand(ctx, {
      dialog: PROPOSAL_DIALOG,
      text: (language) => t(language, "teams.subprocessor.menuText"),
      button: (language) => t(language, "teams.subprocessor.menuButton"),
    }),
  );

  const today = () => DateTime.fromJSDate(deps.clock.now(), { zone: deps.timezone }).toISODate()!;
  const countries = (query: string, language: Language, limit: number) =>
    searchCountries(query, language, limit).map((c) => ({ value: c.code, label: countryLabel(c, language) }));

  const view = async (language: Language, state: DialogState): Promise<DialogView> => ({
    form: buildProposalForm({ language, state: encodeDialogState(state), today: today() }),
    lookupChoices: {
      country: countries("", language, STATIC_CHOICES),
      customers: (await ctx.breach.customers.search("", STATIC_CHOICES)).map((c) => ({
        value: c.id,
        label: `${c.name} (${c.key})`,
      })),
    },
  });

  registry.dialog(PROPOSAL_DIALOG, async (turn) => {
    // Art. 9.1 DPA: what goes to every customer's approvers is the privacy officer's to send.
    await authorize(deps.access, actorOf(turn), "subprocessor.propose");
    const language = await ctx.language(turn);
    return view(language, newDialogState(language, turn.timezone));
  });
  registry.form(PROPOSAL_FORM_ID, {
    rebuild: (_turn, state) => view(state.l, state),
    submit: (turn, { values, state }) => submit(ctx, deps, turn, values, state),
  });
  registry.dataset("country", async (turn, query, limit) =>
    countries(query, await ctx.language(turn), limit),
  );
}

async function submit(
  ctx: TeamsFlowContext,
  deps: SubprocessorDeps,
  turn: TeamsTurn,
  values: Record<string, unknown>,
  state: DialogState,
): Promise<SubmitResult> {
  const language = state.l;
  const validated = validateProposal(values, deps.clock.now(), deps.timezone);
  if (!validated.ok) return { kind: "errors", errors: translateErrors(validated.errors, language) };
  let result: Awaited<ReturnType<typeof proposeChange>>;
  try {
    result = await proposeChange(deps, {
      input: validated.value,
      idempotencyKey: `teams:dialog:${state.s}`,
      actor: actorOf(turn),
      language,
      platform: "teams",
    });
  } catch (error) {
    if (error instanceof AccessRefusal) return { kind: "done", message: refusalMessage(error, language)! };
    if (!(error instanceof SubprocessorRefusal)) throw error;
    const text = t(language, error.key, error.params);
    const fields = Object.keys(error.fields);
    const errors: FormErrors = fields.length > 0 ? translateErrors(error.fields, language) : { name: text };
    return { kind: "errors", errors };
  }
  const { proposal } = result;
  if (result.created) {
    const tally = await deps.proposals.tally(proposal.id);
    const message = buildProposalMessage(proposal, tally, { timezone: deps.timezone });
    try {
      const posted = await deps.chat.post({ platform: "teams", channelId: turn.conversationId }, message);
      await deps.proposals.attachMessage(proposal.id, posted);
    } catch (error) {
      ctx.logger.warn({ err: error }, "proposal message not posted in Teams");
    }
  }
  const key = result.created ? "teams.subprocessor.proposed" : "teams.subprocessor.proposedAgain";
  return { kind: "done", message: t(language, key, { ref: proposal.reference }) };
}

// The country field: a type-ahead over ISO countries by name in the proposer's language (Slack
// external select, <= 100 options). Choosing one reloads the form, so the adequacy decision is
// preselected where the EU has one for that country.
import type { App, BlockAction, ExternalSelectAction } from "@slack/bolt";
import type { Language } from "../../../domain/i18n/languages.ts";
import { t } from "../../../domain/i18n/translate.ts";
import { searchCountries } from "../../../domain/subprocessor/countries.ts";
import { renderForm, renderOption } from "../../../forms/slack/render-form.ts";
import { buildProposalForm } from "../../../forms/subprocessor/proposal-form.ts";
import { userRef } from "../breach/context.ts";
import { decodeState, type SlackSubprocessorContext } from "./context.ts";
import { today } from "./proposal-command.ts";

export function countryLabel(option: { name: string; inEea: boolean }, language: Language): string {
  return `${option.name} · ${t(language, option.inEea ? "subprocessor.country.inEea" : "subprocessor.country.outsideEea")}`;
}

export function registerCountryOptions(app: App, ctx: SlackSubprocessorContext): void {
  app.options<"block_suggestion">({ action_id: "country" }, async ({ ack, body }) => {
    const language = await ctx.people.language(userRef(body.user, body.team?.id));
    const countries = searchCountries(body.value ?? "", language, 100);
    await ack({
      options: countries.map((c) => renderOption({ value: c.code, label: countryLabel(c, language) })),
    });
  });

  app.action<BlockAction<ExternalSelectAction>>(
    { type: "block_actions", action_id: "country" },
    async ({ ack, body, action, client }) => {
      await ack();
      const view = body.view;
      const selected = action.selected_option;
      if (!view || !selected) return;
      const state = decodeState(view.private_metadata, ctx.deps.defaultLanguage);
      const form = buildProposalForm({
        language: state.l,
        state: view.private_metadata ?? "",
        country: { value: selected.value ?? "", label: selected.text.text },
        today: today(ctx),
      });
      await client.views.update({ view_id: view.id, hash: view.hash, view: renderForm(form) });
    },
  );
}

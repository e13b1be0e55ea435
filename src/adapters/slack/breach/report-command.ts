// /datalek [description]: opens the report form with one views.open when the reporter's language,
// profile and permission are known within the budget (a quick users.info, or a cached profile and
// only our database to ask); else a loading view (no I/O before it) that the form then replaces.

import type { App } from "@slack/bolt";
import { authorize } from "../../../domain/access/access-control.ts";
import { buildLoadingForm, buildReportForm } from "../../../forms/breach/report-form.ts";
import { withKnownRoles } from "../../db/repositories/person-lookup.ts";
import { arrivedAt } from "../arrival.ts";
import { encodeModalState } from "../modal-state.ts";
import {
  formOrNotice,
  KNOWN_PERSON_LIMIT_MS,
  ONE_CALL_BUDGET_MS,
  openInOneCall,
  type SlackBreachContext,
} from "./context.ts";

export const REPORT_COMMAND = "/datalek";

export function registerReportCommand(app: App, ctx: SlackBreachContext): void {
  app.command(REPORT_COMMAND, async ({ ack, command, client, context }) => {
    await ack();
    // A retried command carries the same, already used trigger: the first delivery opened the form.
    if (context.retryNum) return;
    const user = { id: command.user_id, teamId: command.team_id, name: command.user_name };
    const origin = { c: command.channel_id, n: command.channel_name };
    const known = ctx.people.knownLanguage(user);

    const fill = () =>
      formOrNotice(ctx, known, async () => {
        const { profile, language, actor, roles } = await ctx.people.whoIs(user);
        // A guest or another organisation's colleague is told so before filling anything in.
        await authorize(withKnownRoles(ctx.deps.access, actor, roles), actor, "breach.report");
        return buildReportForm({
          language,
          mode: "report",
          state: encodeModalState({ l: language, ...origin }),
          customers: [],
          discoveredAt: ctx.deps.clock.now(),
          details: {
            description: command.text.trim() || null,
            contact: {
              name: profile?.realName ?? command.user_name,
              email: profile?.email ?? null,
              phone: profile?.phone ?? null,
            },
          },
        });
      });

    await openInOneCall(
      client,
      command.trigger_id,
      {
        loading: () => buildLoadingForm(known, ""),
        fill,
        arrivedAt: arrivedAt(context),
        budgetMs: ctx.people.knows(user.id) ? KNOWN_PERSON_LIMIT_MS : ONE_CALL_BUDGET_MS,
      },
      ctx,
    );
  });
}

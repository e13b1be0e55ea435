// Steps the Teams tests share: report a breach through the dialog as a user would.
import { cardsOf } from "../../fakes/teams/fake-connector.ts";
import { message, taskFetch, taskSubmit, type Where } from "../../fixtures/teams/activities.ts";
import type { TeamsHarness } from "./harness.ts";

type Json = Record<string, unknown>;

/** `datalek` -> button -> dialog -> valid submit; returns the stored incident. */
export async function reportBreachInTeams(
  h: TeamsHarness,
  input: {
    customerId: string;
    discovered: { date: string; time: string };
    description: string;
    where?: Where;
    /** E.g. to plan a connector failure for the incident card's post. */
    beforeSubmit?: () => void;
  },
) {
  const where = input.where ?? h.where;
  await h.post(message("datalek", where));
  const card = cardsOf(h.connector.sent.at(-1)!.activity)[0] as { actions: Array<{ data: Json }> };
  const fetched = await h.post(taskFetch(card.actions[0]!.data, where));
  const dialog = fetched.body.task.value.card.content as { actions: Array<{ type: string; data: Json }> };
  const submit = dialog.actions.find((a) => a.type === "Action.Submit")!.data;
  input.beforeSubmit?.();
  const response = await h.post(
    taskSubmit(
      {
        ...submit,
        customers: input.customerId,
        "discoveredAt.date": input.discovered.date,
        "discoveredAt.time": input.discovered.time,
        description: input.description,
      },
      where,
    ),
  );
  if (response.body?.task?.type !== "message")
    throw new Error(`report refused: ${JSON.stringify(response.body)}`);
  return h.db.prisma.incident.findFirstOrThrow({ where: { description: input.description } });
}

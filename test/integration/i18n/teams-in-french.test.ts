// French in Teams end to end, through POST /api/messages with activities as Teams sends them: a
// colleague whose Teams locale is fr-FR types the French command words and gets French cards,
// dialogs, field errors and digest; a tenant set to French shows its incident cards in French.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cardsOf } from "../../fakes/teams/fake-connector.ts";
import {
  botAddedToTeam,
  CHANNEL,
  message,
  TENANT,
  taskFetch,
  taskSubmit,
} from "../../fixtures/teams/activities.ts";
import { seedRequestCustomer } from "../dsr/support.ts";
import { startTeamsHarness, type TeamsHarness } from "../teams/harness.ts";

let h: TeamsHarness;
let dupont: { id: string };

beforeAll(async () => {
  h = await startTeamsHarness({ now: "2026-05-04T08:00:00Z" });
  dupont = await seedRequestCustomer(h.db.prisma, {
    key: "dupont",
    name: "Brasserie Dupont SRL",
    language: "fr",
    contacts: [{ name: "Marie Lambert", email: "privacy@dupont.example", roles: ["breach", "dsr"] }],
  });
  await h.post(botAddedToTeam(h.where));
});
afterAll(async () => {
  await h?.close();
});

// biome-ignore lint/suspicious/noExplicitAny: answers are JSON, read freely in assertions
type Json = Record<string, any>;
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");
const inputsOf = (card: Json): Json[] =>
  (card.body as Json[]).filter((e) => String(e.type).startsWith("Input."));
const submitData = (card: Json): Json =>
  (card.actions as Json[]).find((a) => a.type === "Action.Submit" || a.verb === "form.submit")!.data;

/** Types a command as the French-speaking colleague; returns the dialog its card's button opens. */
async function openDialog(command: string): Promise<{ title: string; card: Json; menu: string }> {
  const where = { ...h.where, locale: "fr-FR" };
  await h.post(message(command, where));
  const menuCard = cardsOf(h.connector.sent.at(-1)!.activity)[0] as Json;
  const fetched = await h.post(taskFetch(menuCard.actions[0].data, where));
  expect(fetched.status).toBe(200);
  return {
    title: fetched.body.task.value.title,
    card: fetched.body.task.value.card.content,
    menu: plain(JSON.stringify(menuCard)),
  };
}

describe("a colleague whose Teams speaks French (fr-FR)", () => {
  it("reports a breach in a French dialog, with French field errors, and is answered in French", async () => {
    const { title, card, menu } = await openDialog("violation");
    expect(menu).toContain("le client doit être informé dans les 24 heures suivant la découverte");
    expect(menu).toContain("Signaler une violation");
    expect(title).toBe("Signaler une violation");
    const shown = plain(JSON.stringify(card));
    expect(shown).toContain("Client(s) concerné(s)");
    expect(shown).toContain("Découverte le");
    expect(shown).toContain("Description de l'incident");

    const where = { ...h.where, locale: "fr-FR" };
    const refused = await h.post(
      taskSubmit(
        { ...submitData(card), "discoveredAt.date": "2026-05-04", "discoveredAt.time": "09:00" },
        where,
      ),
    );
    const errors = plain(JSON.stringify(refused.body.task.value.card.content));
    expect(errors).toContain("Choisissez au moins un client.");
    expect(errors).toContain("Décrivez l'incident.");
    expect(await h.db.prisma.incident.count()).toBe(0);

    // The card in the channel speaks the tenant's language (`dpa-bot language set fr --teams-tenant`).
    await h.db.prisma.workspace.create({ data: { platform: "teams", externalId: TENANT, language: "fr" } });
    const done = await h.post(
      taskSubmit(
        {
          ...submitData(card),
          customers: dupont.id,
          "discoveredAt.date": "2026-05-04",
          "discoveredAt.time": "09:00",
          description: "Ordinateur portable volé",
        },
        where,
      ),
    );
    expect(plain(done.body.task.value)).toBe(
      "Incident DL-2026-0001 signalé ; sa carte est publiée dans cette conversation.",
    );
    const posted = h.connector.sent.filter((s) => s.conversationId === CHANNEL).at(-1)!;
    const incidentCard = plain(JSON.stringify(cardsOf(posted.activity)));
    expect(incidentCard).toContain("DL-2026-0001 · Violation de données");
    expect(incidentCard).toContain("lundi 4 mai 2026 à 09:00 CEST");
    expect(incidentCard).toContain("Client informé");
  });

  it("registers a data-subject request in a French dialog naming the rights as the GDPR does", async () => {
    const { title, card } = await openDialog("demande");
    expect(title).toBe("Demande RGPD");
    const type = inputsOf(card).find((i) => i.id === "type")!;
    expect(type.choices.map((c: Json) => plain(c.title))).toEqual([
      "droit d'accès (art. 15 RGPD)",
      "droit de rectification (art. 16 RGPD)",
      "droit à l'effacement (art. 17 RGPD)",
      "droit à la limitation du traitement (art. 18 RGPD)",
      "droit à la portabilité des données (art. 20 RGPD)",
      "droit d'opposition (art. 21 RGPD)",
    ]);
  });

  it("gets the open deadlines in French with `recap`", async () => {
    const before = h.connector.sent.length;
    await h.post(message("recap", { ...h.where, conversation: "personal", locale: "fr-FR" }));
    const shown = plain(JSON.stringify(h.connector.sent.slice(before).map((s) => cardsOf(s.activity))));
    expect(shown).toContain("Échéances ouvertes");
    expect(shown).toContain("2 échéances ouvertes, 0 en retard");
    expect(shown).toContain(" · Brasserie Dupont SRL : informer le client");
    expect(shown).toContain("encore 23 h, échéance : ");
    expect(shown).toContain("décision sur la notification à l'APD");
    expect(h.connector.violations).toEqual([]);
  });
});

// French in Slack end to end, through signed requests against the fake Slack and SMTP servers: a
// colleague whose Slack locale is fr-BE gets French forms, refusals and digest; a workspace set to
// French shows its incidents in French; a customer whose register language is fr gets the breach
// notification and the forwarded request in French, with French dates and the Belgian authority as
// the APD.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSmtpMailer } from "../../../src/adapters/mail/smtp-mailer.ts";
import { INCIDENT_ACTIONS } from "../../../src/domain/breach/incident-actions.ts";
import { FakeSmtp } from "../../fakes/smtp/fake-smtp.ts";
import { asPayload, type Json, messageButton, slashCommand } from "../../fixtures/slack/payloads.ts";
import { mailBody, mailSubject } from "../../support/mail.ts";
import { grantRoles } from "../../support/staff.ts";
import { seedRequestCustomer } from "../dsr/support.ts";
import {
  blockText,
  currentView,
  type Harness,
  INCIDENT_CHANNEL,
  startHarness,
  submit,
} from "../slack/harness.ts";

const CLAIRE = { id: "U0CLAIRE", name: "claire" };
const LUC = { id: "U0LUC", name: "luc" };

let h: Harness;
let smtp: FakeSmtp;
let mailer: ReturnType<typeof createSmtpMailer>;
let dupont: { id: string };
let incident: { id: string; channelId: string; messageId: string };

beforeAll(async () => {
  smtp = await new FakeSmtp().start();
  mailer = createSmtpMailer({ smtpUrl: smtp.url, from: "dpo@provider.example" });
  h = await startHarness({ now: "2026-05-04T08:00:00Z", mailer });
  for (const [user, realName] of [
    [CLAIRE, "Claire Dubois"],
    [LUC, "Luc Martin"],
  ] as const) {
    h.slack.users.set(user.id, { id: user.id, name: user.name, realName, locale: "fr-BE" });
  }
  await grantRoles(
    h.db.prisma,
    { platform: "slack", userId: CLAIRE.id, workspaceId: "T0001", displayName: "Claire Dubois" },
    "privacy_officer",
  );
  dupont = await seedRequestCustomer(h.db.prisma, {
    key: "dupont",
    name: "Brasserie Dupont SRL",
    language: "fr",
    authority: "GBA",
    contacts: [{ name: "Marie Lambert", email: "privacy@dupont.example", roles: ["breach", "dsr"] }],
  });
});
afterAll(async () => {
  await h?.close();
  mailer?.close();
  await smtp?.stop();
});

/** French typography puts no-break spaces before colons; the assertions below write plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");
const lastPosted = (method: string) => plain(blockText(h.slack.callsOf(method).at(-1)!.args.blocks));

/** Runs a slash command as `user` and returns the view that replaced the loading view. */
async function command(name: string, user: typeof CLAIRE): Promise<Json> {
  await h.post(
    slashCommand({ triggerId: h.slack.issueTrigger(), command: name, channelId: INCIDENT_CHANNEL, user }),
  );
  return currentView(h, h.slack.lastViewId!);
}

/** Clicks a button of the incident message as `user` and returns the view it shows. */
async function click(actionId: string, user: typeof CLAIRE): Promise<Json> {
  await h.post(
    asPayload(
      messageButton({
        actionId,
        value: incident.id,
        channelId: incident.channelId,
        messageTs: incident.messageId,
        triggerId: h.slack.issueTrigger(),
        user,
      }),
    ),
  );
  return currentView(h, h.slack.lastViewId!);
}

describe("a colleague whose Slack speaks French (fr-BE)", () => {
  it("reports a breach in a French form, with French field errors", async () => {
    const view = await command("/datalek", CLAIRE);
    expect((view.title as Json).text).toBe("Signaler une violation");
    expect((view.submit as Json).text).toBe("Signaler");
    expect(plain(blockText(view.blocks))).toContain("Client(s) concerné(s)");
    expect(plain(blockText(view.blocks))).toContain("art. 33, § 4, RGPD");

    const refused = await submit(h, view, { customers: [], discoveredAt: new Date("2026-05-04T07:00:00Z") });
    expect(refused.body.response_action).toBe("errors");
    expect(Object.values(refused.body.errors)).toEqual(
      expect.arrayContaining(["Choisissez au moins un client.", "Décrivez l'incident."]),
    );
    expect(await h.db.prisma.incident.count()).toBe(0);

    // The channel message speaks the workspace's language (`dpa-bot language set fr --slack-workspace`).
    await h.db.prisma.workspace.create({ data: { platform: "slack", externalId: "T0001", language: "fr" } });
    await submit(h, view, {
      customers: [{ value: dupont.id, text: "Brasserie Dupont SRL" }],
      discoveredAt: new Date("2026-05-04T07:00:00Z"),
      description: "Ordinateur portable volé dans une voiture",
    });
    const row = await h.db.prisma.incident.findFirstOrThrow();
    incident = { id: row.id, channelId: row.channelId!, messageId: row.messageId! };
    const posted = lastPosted("chat.postMessage");
    expect(posted).toContain("DL-2026-0001 · Violation de données");
    expect(posted).toContain("Informer les clients avant");
    expect(posted).toContain("mardi 5 mai 2026 à 09:00 CEST");
    expect(posted).toContain("Décision relative à l'APD avant");
    expect(posted).toContain("Notification à l'autorité");
  });

  it("is refused in French, naming the role and the command that grants it, when a plain member", async () => {
    const shown = plain(blockText((await click(INCIDENT_ACTIONS.informed, LUC)).blocks));
    expect(shown).toContain(
      "Vous ne pouvez pas effectuer cette action : elle requiert le rôle gestionnaire d'incidents ou responsable vie privée.",
    );
    expect(shown).toContain(`staff grant incident-handler --slack-user ${LUC.id}`);
    expect(await h.db.prisma.incidentCustomer.count({ where: { notifiedAt: { not: null } } })).toBe(0);
  });

  it("sends the notification to the customer in French, and the incident then says so in French", async () => {
    const dialog = await click(INCIDENT_ACTIONS.notification, CLAIRE);
    expect((dialog.title as Json).text).toBe("Texte de notification");
    expect((dialog.submit as Json).text).toBe("Envoyer l'e-mail");
    expect((await submit(h, dialog, {})).body.response_action).toBe("update");
    expect(plain(blockText(currentView(h, String(dialog.id)).blocks))).toContain(
      "Envoyé à privacy@dupont.example le lundi 4 mai 2026 à 10:00 CEST",
    );

    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.to).toEqual(["privacy@dupont.example"]);
    expect(mailSubject(mail)).toBe(
      "Notification d'une violation de données DL-2026-0001 – Brasserie Dupont SRL",
    );
    const text = plain(mailBody(mail).text);
    expect(text).toContain("Bonjour Marie Lambert,");
    expect(text).toContain(
      "Conformément à l'article 6 et à l'annexe 3 de notre contrat de sous-traitance, nous vous informons d'une violation de données à caractère personnel que nous avons découverte le lundi 4 mai 2026 à 09:00 CEST",
    );
    expect(text).toContain("1. Description de l'incident : Ordinateur portable volé dans une voiture");
    expect(text).toContain("2. Conséquences probables : à préciser");
    expect(text).toContain("notifiée à l'Autorité de protection des données (APD)");
    expect(text).toContain("au plus tard le jeudi 7 mai 2026 à 09:00 CEST");
    expect(text).toContain("Bien à vous,\nClaire Dubois");
    expect(text).not.toMatch(/Beste|Dear|GBA/);

    expect(lastPosted("chat.update")).toContain("✅ Informé par e-mail");
  });

  it("gets the overview of open deadlines in French", async () => {
    const before = h.slack.callsOf("chat.postEphemeral").length;
    await h.post(
      slashCommand({
        triggerId: h.slack.issueTrigger(),
        command: "/datalek-digest",
        channelId: INCIDENT_CHANNEL,
        user: CLAIRE,
      }),
    );
    const [shown] = h.slack.callsOf("chat.postEphemeral").slice(before);
    expect(shown!.args.user).toBe(CLAIRE.id);
    const text = plain(blockText(shown!.args.blocks));
    expect(text).toContain("Échéances ouvertes");
    expect(text).toContain("1 échéance ouverte, 0 en retard");
    expect(text).toContain("Brasserie Dupont SRL : décision sur la notification à l'APD — encore");
  });

  it("registers a request in a French form, and the customer receives it in French", async () => {
    const view = await command("/avg-verzoek", CLAIRE);
    expect((view.title as Json).text).toBe("Demande RGPD");
    expect(plain(blockText(view.blocks))).toContain("droit à l'effacement (art. 17 RGPD)");
    expect(plain(blockText(view.blocks))).toContain("Client (responsable du traitement)");
    const sent = smtp.received.length;
    await submit(h, view, {
      customer: dupont.id,
      type: "erasure",
      receivedAt: new Date("2026-05-04T07:30:00Z"),
      receivedVia: "letter",
      subject: "Jeanne Dumont",
      requestText: "Je souhaite que mes données soient effacées.",
    });
    const request = await h.db.prisma.dataSubjectRequest.findFirstOrThrow();
    expect(request.status).toBe("forwarded");
    const [mail] = smtp.received.slice(sent);
    expect(mail!.to).toEqual(["privacy@dupont.example"]);
    expect(plain(mailSubject(mail!))).toBe(
      `${request.reference} : demande d'une personne concernée (droit à l'effacement) pour Brasserie Dupont SRL`,
    );
    const text = plain(mailBody(mail!).text);
    expect(text).toContain("Bonjour Marie Lambert,");
    expect(text).toContain(
      "nous vous transmettons une demande relative au droit à l'effacement (art. 17 RGPD), qui nous est parvenue le lundi 4 mai 2026 à 09:30 CEST (courrier)",
    );
    expect(text).toContain("Personne concernée (telle qu'identifiée) : Jeanne Dumont");
    expect(text).toContain("La demande :\nJe souhaite que mes données soient effacées.");
    expect(text).toContain("au plus tard à la fin du 4 juin 2026");
    expect(text).toContain("En tant que responsable du traitement");
    // The request message in the channel: French, and without the data subject.
    const message = lastPosted("chat.postMessage");
    expect(message).toContain("Demande d'une personne concernée");
    expect(message).not.toContain("Jeanne Dumont");
    expect(h.slack.violations).toEqual([]);
  });
});

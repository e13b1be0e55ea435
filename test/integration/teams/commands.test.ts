// The Teams command menu in every language: every command of the manifest and of its localizations
// is answered, in the language of the person's Teams locale unless `dpa-bot language set` chose
// another.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MANIFEST_DIR, readManifest } from "../../../src/adapters/teams/app-package.ts";
import { cardsOf } from "../../fakes/teams/fake-connector.ts";
import { installationUpdate, message, PERSONAL, TENANT, USER } from "../../fixtures/teams/activities.ts";
import { startTeamsHarness, type TeamsHarness } from "./harness.ts";

let h: TeamsHarness;

beforeAll(async () => {
  h = await startTeamsHarness({ now: "2026-05-04T08:00:00Z" });
});
afterAll(async () => {
  await h?.close();
});

async function answer(text: string, locale = "en-GB"): Promise<string> {
  const before = h.connector.sent.length;
  const response = await h.post(message(text, { ...h.where, conversation: "personal", locale }));
  expect(response.status).toBe(200);
  const replies = h.connector.sent.slice(before);
  expect(replies).toHaveLength(1);
  expect(replies[0]!.conversationId).toBe(PERSONAL);
  return JSON.stringify(cardsOf(replies[0]!.activity));
}

describe("the Teams command menu", () => {
  it("answers help in the language of the Teams locale", async () => {
    expect(await answer("help")).toContain("What I can do");
    expect(await answer("hulp", "nl-BE")).toContain("Wat ik kan");
  });

  it("answers avg-verzoek and subverwerker with their dialog's button, in nl and en", async () => {
    const card = await answer("avg-verzoek", "nl-NL");
    expect(card).toContain("Verzoek registreren");
    expect(card).toContain('"dialog":"dsr.register"');
    expect(await answer("subprocessor")).toContain('"dialog":"subprocessor.propose"');
    expect(await answer("subverwerker", "nl-BE")).toContain("Subverwerker voorstellen");
  });

  it("answers the French command words in French for a French Teams locale", async () => {
    expect(await answer("aide", "fr-FR")).toContain("Ce que je sais faire");
    const breach = await answer("violation", "fr-BE");
    expect(breach).toContain("Signaler une violation");
    expect(breach).toContain('"dialog":"breach.report"');
    expect(await answer("demande", "fr-FR")).toContain("Enregistrer une demande");
    expect(await answer("sous-traitant", "fr-FR")).toContain("Proposer un sous-traitant");
    expect(await answer("recap", "fr-FR")).toContain("Rien d'ouvert");
    expect(await answer("bonjour", "fr-CA")).toContain("Je n'ai pas compris");
  });

  it("answers every command word of the manifest and of each of its localizations", async () => {
    const manifest = readManifest() as unknown as {
      bots: Array<{ commandLists: Array<{ commands: Array<{ title: string }> }> }>;
      localizationInfo: { additionalLanguages: Array<{ file: string }> };
    };
    const commands = manifest.bots[0]!.commandLists[0]!.commands;
    const titles = commands.map((c) => c.title);
    for (const { file } of manifest.localizationInfo.additionalLanguages) {
      const text = readFileSync(new URL(file, MANIFEST_DIR), "utf8");
      const localization = JSON.parse(text) as Record<string, string>;
      titles.push(...commands.map((_, i) => localization[`bots[0].commandLists[0].commands[${i}].title`]!));
    }
    expect(titles.length).toBeGreaterThanOrEqual(15);
    for (const title of new Set(titles)) {
      const before = h.connector.sent.length;
      await h.post(message(title, { ...h.where, conversation: "personal", locale: "en-GB" }));
      const replies = h.connector.sent.slice(before).map((sent) => JSON.stringify(sent.activity));
      expect(replies.length, title).toBeGreaterThan(0);
      expect(replies.join(), title).not.toContain("I did not understand");
    }
  });

  it("shows the on-demand digest in the personal chat", async () => {
    expect(await answer("digest")).toContain("Nothing open");
  });

  it("asked in a channel, shows the digest only to the person, in their personal chat", async () => {
    const before = h.connector.sent.length;
    await h.post(message("digest", h.where));
    expect(h.connector.createdConversations.at(-1)).toMatchObject({
      isGroup: false,
      members: [{ id: USER.id }],
      tenantId: TENANT,
    });
    const sent = h.connector.sent.slice(before);
    expect(sent.map((s) => s.conversationId)).toEqual([`a:personal-${USER.id}`]);
    expect(JSON.stringify(sent[0]!.activity)).toContain("Nothing open");
  });

  it("answers what it did not understand with the menu", async () => {
    const text = await answer("**hello** [x](http://evil)");
    expect(text).toContain("I did not understand");
    // What was typed comes back as a plain TextRun: shown as typed, never formatting or linking.
    expect(text).toContain(
      '{"type":"TextRun","text":"I did not understand \\"**hello** [x](http://evil)\\". Type help',
    );
  });

  it("follows a language chosen for the person over their Teams locale", async () => {
    // The harness made USER's account (with their roles); this adds a language preference.
    await h.db.prisma.account.update({
      where: {
        platform_workspaceId_platformUserId: {
          platform: "teams",
          workspaceId: TENANT,
          platformUserId: USER.aadObjectId,
        },
      },
      data: { language: "nl" },
    });
    expect(await answer("help", "en-US")).toContain("Wat ik kan");
  });

  it("stores the personal chat on installationUpdate add and removes it on remove, audited", async () => {
    const personal = { ...h.where, conversation: "personal" as const };
    const before = h.connector.sent.length;
    await h.post(installationUpdate("add", personal));
    // Installed: a greeting with the menu, in the language this person chose above.
    expect(JSON.stringify(h.connector.sent.slice(before).map((s) => s.activity))).toContain(
      "Hallo, ik ben dpa-bot",
    );
    const key = { platform_conversationId: { platform: "teams" as const, conversationId: PERSONAL } };
    expect(await h.db.prisma.conversationReference.findUnique({ where: key })).toMatchObject({
      kind: "personal",
      tenantId: TENANT,
    });
    await h.post(installationUpdate("remove", personal));
    expect(await h.db.prisma.conversationReference.findUnique({ where: key })).toBeNull();
    const actions = (
      await h.db.prisma.auditLog.findMany({ where: { entityType: "ConversationReference" } })
    ).map((a) => a.action);
    expect(actions).toContain("teams.conversation.uninstalled");
  });

  it("sent only valid cards", () => {
    expect(h.connector.violations).toEqual([]);
  });
});

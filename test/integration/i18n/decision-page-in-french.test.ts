// French for a customer whose register language is fr, end to end: the fan-out job e-mails the
// approver through real SMTP in French, the personal decision page opens in French, the decision is
// confirmed in French, and a used link and an unknown address answer in French too.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { proposeChange } from "../../../src/domain/subprocessor/propose-change.ts";
import type { SubprocessorDeps } from "../../../src/domain/subprocessor/subprocessor-deps.ts";
import type { PrismaClient } from "../../../src/generated/prisma/client.ts";
import { runApprovalFanOut } from "../../../src/scheduler/send-approval-requests.ts";
import { useTestDatabase } from "../../support/db.ts";
import { type DecisionPageHarness, startDecisionPage } from "../../support/decision-page.ts";
import { decisionLink, mailBody, mailSubject } from "../../support/mail.ts";
import { grantRoles } from "../../support/staff.ts";
import { fanOutDeps, proposalInput, STAFF, seedCustomerWithApprovers } from "../../support/subprocessor.ts";
import { ManualClock } from "../scheduler/support.ts";

let prisma: PrismaClient;
useTestDatabase((db) => {
  prisma = db.prisma;
});

const clock = new ManualClock("2027-02-01T09:00:00Z");
let page: DecisionPageHarness;
let deps: SubprocessorDeps;
let link = "";

beforeAll(async () => {
  page = await startDecisionPage(prisma, clock);
  deps = page.deps;
  await seedCustomerWithApprovers(prisma, {
    key: "namur",
    name: "Ville de Namur",
    language: "fr",
    approvers: [{ name: "Marie Lambert", email: "marie@namur.example" }],
  });
});
afterAll(async () => {
  await page?.stop();
});

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

/** Opens the page like a browser: its body, CSRF token and the cookie it set. */
async function open(url: string) {
  const response = await fetch(url);
  const body = plain(await response.text());
  const csrf = body.match(/name="csrf" value="([^"]+)"/)?.[1] ?? "";
  const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0]!;
  return { response, body, csrf, cookie };
}

describe("a customer who speaks French", () => {
  it("receives the approval request e-mail in French", async () => {
    await grantRoles(prisma, STAFF, "privacy_officer");
    await proposeChange(deps, {
      input: proposalInput({ purpose: "Sauvegardes hors site", reason: "Changement de fournisseur" }),
      idempotencyKey: "fr-1",
      actor: STAFF,
      language: "nl",
      platform: null,
    });
    const report = await runApprovalFanOut(
      fanOutDeps(prisma, null, clock, { mailer: page.mailer, env: { PUBLIC_URL: page.base } }),
    );
    expect(report.sent).toBe(1);
    const [mail] = page.smtp.received;
    expect(mail!.to).toEqual(["marie@namur.example"]);
    expect(plain(mailSubject(mail!))).toBe(
      "Autorisation demandée : sous-traitant ultérieur Cloudy Backup Inc (Ville de Namur)",
    );
    const text = plain(mailBody(mail!).text);
    expect(text).toContain("Bonjour Marie Lambert,");
    expect(text).toContain(
      "En vertu de l'art. 9 du contrat de sous-traitance conclu avec Ville de Namur, nous sollicitons votre autorisation préalable pour recourir à un sous-traitant ultérieur :",
    );
    expect(text).toContain("Pays : États-Unis (US, hors EEE)");
    expect(text).toContain("Mécanisme de transfert : Clauses contractuelles types (CCT)");
    expect(text).toContain("Début prévu : 1er mars 2027");
    expect(text).toContain("en dehors de l'Espace économique européen");
    expect(text).toMatch(/valable jusqu'au \w+ \d+ \w+ 2027 à \d\d:\d\d CET, utilisable une seule fois/);
    link = decisionLink(mail!);
  });

  it("decides on a French page, and is thanked in French", async () => {
    const { response, body, csrf, cookie } = await open(link);
    expect(response.status).toBe(200);
    expect(body).toContain('<html lang="fr">');
    expect(body).toContain("Autorisation pour le sous-traitant ultérieur Cloudy Backup Inc");
    expect(body).toContain("J&#39;autorise le traitement en dehors de l&#39;Espace économique européen");
    expect(body).toContain("Envoyer la décision");

    const unconfirmed = await fetch(link, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie },
      body: new URLSearchParams({ decision: "approve", csrf }).toString(),
    });
    expect(unconfirmed.status).toBe(400);
    expect(plain(await unconfirmed.text())).toContain(
      "Hors EEE : confirmez l&#39;autorisation du traitement en dehors de l&#39;EEE.",
    );

    const done = await fetch(link, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie },
      body: new URLSearchParams({ decision: "approve", confirm: "yes", csrf }).toString(),
    });
    expect(done.status).toBe(200);
    expect(plain(await done.text())).toContain(
      "Votre décision a été enregistrée : Approuvé par Marie Lambert le lundi 1er février 2027 à 10:00 CET (lien reçu par e-mail)",
    );
  });

  it("is told in French that a link was used, and a browser asking for French gets French error pages", async () => {
    const used = await open(link);
    expect(used.response.status).toBe(410);
    expect(used.body).toContain('<html lang="fr">');
    expect(used.body).toContain("Ce lien a déjà été utilisé. Rien n&#39;a été modifié.");

    const missing = await fetch(`${page.base}/nothing/here`, {
      headers: { "accept-language": "fr-BE,fr;q=0.9" },
    });
    expect(missing.status).toBe(404);
    const text = plain(await missing.text());
    expect(text).toContain('<html lang="fr">');
    expect(text).toContain("Page introuvable");
  });
});

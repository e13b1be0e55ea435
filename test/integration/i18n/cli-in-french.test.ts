// The operator's CLI in the operator's language: a French locale (LANG=fr_BE.UTF-8) gets French
// results, hints, refusals and errors against a real PostgreSQL; any other locale keeps English.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type CliContext, cliContext } from "../../../src/cli/context.ts";
import { operatorLanguage } from "../../../src/cli/operator-language.ts";
import { CliError, type Output } from "../../../src/cli/output.ts";
import { buildProgram } from "../../../src/cli/program.ts";
import { loadConfig } from "../../../src/config.ts";
import { type TestDatabase, useTestDatabase } from "../../support/db.ts";
import { grantRoles } from "../../support/staff.ts";

let db: TestDatabase;
useTestDatabase((created) => {
  db = created;
});

const OPERATOR = { platform: "cli" as const, userId: "claire", displayName: "claire" };
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

/** Runs a command as a French-speaking operator; what it printed, or the error it ended with. */
async function run(...args: string[]): Promise<string[]> {
  const language = operatorLanguage({ LANG: "fr_BE.UTF-8" });
  const out: string[] = [];
  const output: Output = { log: (l) => out.push(plain(l)), error: (l) => out.push(plain(l)) };
  const openContext = async (): Promise<CliContext> =>
    cliContext({
      language,
      prisma: db.prisma,
      config: loadConfig({}),
      clock: { now: () => new Date("2026-05-05T10:30:00Z") },
      actor: OPERATOR,
      close: async () => {},
    });
  const program = buildProgram(openContext, output, language);
  program.exitOverride();
  try {
    await program.parseAsync(args, { from: "user" });
  } catch (error) {
    if (error instanceof CliError) return [...out, `ERREUR ${plain(error.message)}`];
    throw error;
  }
  return out;
}

describe("the operator's language", () => {
  it("is the locale's language when the bot speaks it, else English", () => {
    expect(operatorLanguage({ LANG: "fr_BE.UTF-8" })).toBe("fr");
    expect(operatorLanguage({ LANG: "nl_BE.UTF-8", LC_MESSAGES: "fr_FR.UTF-8" })).toBe("fr");
    expect(operatorLanguage({ LANG: "fr_BE.UTF-8", LC_ALL: "nl_BE.UTF-8" })).toBe("nl");
    expect(operatorLanguage({ LANG: "C.UTF-8" })).toBe("en");
    expect(operatorLanguage({ LANG: "de_DE.UTF-8" })).toBe("en");
    expect(operatorLanguage({ LC_ALL: "", LANG: "fr_CA" })).toBe("fr");
    expect(operatorLanguage({})).toBe("en");
  });
});

describe("the CLI in French", () => {
  it("refuses in French, naming the role and the command that grants it", async () => {
    // The shell administers, but the data subjects' details need a privacy officer's grant.
    expect(await run("requests", "list", "--include-personal-data")).toEqual([
      "ERREUR Vous ne pouvez pas effectuer cette action : elle requiert le rôle responsable vie privée. Un administrateur l'attribue avec `dpa-bot staff grant privacy-officer --cli-user claire`.",
    ]);
  });

  it("says what it did and what to do next in French", async () => {
    await grantRoles(db.prisma, OPERATOR, "admin", "privacy_officer");
    expect(await run("customers", "list")).toEqual([
      "Aucun client. Importez un registre avec : npx dpa-bot customers import customers.yaml",
    ]);
    expect(await run("incidents", "list")).toEqual([
      "Aucun incident. Les violations de données se signalent avec /datalek dans Slack.",
    ]);
    expect(await run("language", "set", "fr", "--slack-workspace", "T0WORK")).toEqual([
      "espace de travail T0WORK : fr",
    ]);
    const file = join(mkdtempSync(join(tmpdir(), "register-")), "customers.yaml");
    writeFileSync(
      file,
      "customers:\n  - key: namur\n    name: Ville de Namur\n    language: fr\n    contacts:\n      - { name: Marie Lambert, email: marie@namur.example, roles: [breach, dsr] }\n",
    );
    expect(await run("customers", "import", file, "--dry-run")).toEqual([
      `${file} : valable, 1 client ; rien n'a été écrit (--dry-run)`,
    ]);
    expect(await run("customers", "import", file)).toEqual([
      `${file} : créés : 1, mis à jour : 0, inchangés : 0`,
    ]);
    expect((await run("customers", "list"))[0]).toMatch(
      /^namur +Ville de Namur +fr GBA {2}1 contact, 0 sous-traitant ultérieur$/,
    );
  });

  it("names every error of its options in French, changing nothing", async () => {
    const before = await db.prisma.auditLog.count();
    expect(await run("language", "set", "de", "--slack-workspace", "T0WORK")).toEqual([
      "ERREUR <language> : attendu nl, en ou fr, reçu « de »",
    ]);
    expect(await run("staff", "grant", "privacy-officer")).toEqual([
      "ERREUR désignez la personne avec exactement une des options --slack-user, --teams-user, --cli-user ou --email",
    ]);
    expect(await run("register", "export", "--format", "xml")).toEqual([
      "ERREUR --format doit valoir csv ou json (et non « xml »)",
    ]);
    expect(await db.prisma.auditLog.count()).toBe(before);
  });
});

// The Teams app manifest validated offline against the JSON schema Microsoft ships in
// @microsoft/app-manifest, its icons as Teams requires them, and the package the CLI writes.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { AppManifestUtils } from "@microsoft/app-manifest";
import { Command } from "commander";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { MANIFEST_DIR, readManifest } from "../../../src/adapters/teams/app-package.ts";
import {
  REPORT_EXTENSION_COMMAND,
  REPORT_MESSAGE_ACTION,
} from "../../../src/adapters/teams/breach/report.ts";
import {
  REQUEST_EXTENSION_COMMAND,
  REQUEST_MESSAGE_ACTION,
} from "../../../src/adapters/teams/dsr/register.ts";
import { register } from "../../../src/cli/commands/teams.ts";
import { LANGUAGES } from "../../../src/domain/i18n/languages.ts";

const schemaFile = new URL(
  "../../../node_modules/@microsoft/app-manifest/build/json-schemas/teams/v1.24/MicrosoftTeams.schema.json",
  import.meta.url,
);
const schema = JSON.parse(readFileSync(schemaFile, "utf8"));
const localizationSchema = withValidPatterns(
  JSON.parse(readFileSync(new URL("MicrosoftTeams.Localization.schema.json", schemaFile), "utf8")),
);

/**
 * Microsoft's localization schema has a few key patterns (for activity feed texts, which this app
 * has none of) that are no valid regular expressions in unicode mode, which the validator uses;
 * they are left out so the rest of the schema can check our files.
 */
function withValidPatterns(localization: Json): Json {
  const patterns = Object.entries(localization.patternProperties as Json).filter(([pattern]) => {
    try {
      new RegExp(pattern, "u");
      return true;
    } catch {
      return false;
    }
  });
  expect(patterns.length).toBeGreaterThan(10);
  return { ...localization, patternProperties: Object.fromEntries(patterns) };
}
type Json = Record<string, unknown>;

async function schemaProblems(manifest: unknown, against: unknown = schema): Promise<string[]> {
  return AppManifestUtils.validateAgainstSchema(manifest as never, against as never);
}

/** Width, height and RGBA pixels of a PNG as written by scripts/teams-icons.ts (8-bit RGBA, no filters). */
function readPng(bytes: Buffer): { width: number; height: number; pixels: Buffer } {
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const idat: Buffer[] = [];
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    if (bytes.toString("ascii", at + 4, at + 8) === "IDAT")
      idat.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const pixels = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (width * 4 + 1)]).toBe(0);
    raw.copy(pixels, y * width * 4, y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1));
  }
  return { width, height, pixels };
}

describe("manifests/teams", () => {
  const manifest = readManifest() as unknown as Json & {
    bots: Json[];
    composeExtensions: Array<{ commands: Json[] }>;
  };

  it("is valid against Microsoft's manifest schema, offline", async () => {
    expect(manifest.$schema).toMatch(/teams\/v1\.24\/MicrosoftTeams\.schema\.json$/);
    expect(await schemaProblems(manifest)).toEqual([]);
    // The check is real: an unknown property is refused.
    expect(await schemaProblems({ ...manifest, bots: [{ ...manifest.bots[0], chatty: true }] })).not.toEqual(
      [],
    );
  });

  it("lists the bot commands and the message-extension actions the bot answers", () => {
    const commands = (manifest.bots[0]!.commandLists as Array<{ commands: Array<{ title: string }> }>)[0]!
      .commands;
    expect(commands.map((c) => c.title)).toEqual([
      "datalek",
      "avg-verzoek",
      "subverwerker",
      "digest",
      "help",
    ]);
    const actions = manifest.composeExtensions[0]!.commands;
    expect(actions.map((c) => [c.id, c.type, c.fetchTask])).toEqual([
      [REPORT_EXTENSION_COMMAND, "action", true],
      [REPORT_MESSAGE_ACTION, "action", true],
      [REQUEST_EXTENSION_COMMAND, "action", true],
      [REQUEST_MESSAGE_ACTION, "action", true],
    ]);
    expect(actions[1]!.context).toEqual(["message"]);
    expect(actions[3]!.context).toEqual(["message"]);
  });

  it("is written in one of the bot's languages and localized into every other one", () => {
    const info = manifest.localizationInfo as {
      defaultLanguageTag: string;
      additionalLanguages: Array<{ languageTag: string; file: string }>;
    };
    const others = LANGUAGES.filter((language) => language !== info.defaultLanguageTag);
    expect(LANGUAGES).toContain(info.defaultLanguageTag);
    expect(info.additionalLanguages).toEqual(
      others.map((language) => ({ languageTag: language, file: `${language}.json` })),
    );
  });

  it("has localizations that pass Microsoft's schema, translate every text and name only texts of the manifest", async () => {
    const at = (path: string): unknown =>
      path
        .replace(/\[(\d+)\]/g, ".$1")
        .split(".")
        .reduce<unknown>((node, key) => (node as Json | undefined)?.[key], manifest);
    const read = (file: string) =>
      JSON.parse(readFileSync(new URL(file, MANIFEST_DIR), "utf8")) as Record<string, string>;
    const en = read("en.json");
    const texts = Object.keys(en).filter((k) => k !== "$schema");
    for (const language of LANGUAGES.filter((l) => l !== "nl")) {
      const localization = read(`${language}.json`);
      expect(await schemaProblems(localization, localizationSchema), language).toEqual([]);
      expect(
        Object.keys(localization).filter((k) => k !== "$schema"),
        language,
      ).toEqual(texts);
      for (const key of texts) {
        expect(typeof at(key), key).toBe("string");
        // Translated, not copied: only the bot's name and the command words English shares with
        // Dutch read the same.
        if (!["dpa-bot", "digest", "help"].includes(localization[key]!))
          expect(localization[key], `${language} ${key}`).not.toBe(at(key));
      }
    }
    // The check is real: a text longer than Teams allows is refused.
    expect(await schemaProblems({ ...en, "name.short": "x".repeat(31) }, localizationSchema)).not.toEqual([]);
    expect(en["bots[0].commandLists[0].commands[0].title"]).toBe("breach");
    expect(read("fr.json")["bots[0].commandLists[0].commands[0].title"]).toBe("violation");
  });

  it("has a 192x192 colour icon and a 32x32 outline icon in white on transparent", () => {
    const color = readPng(readFileSync(new URL("color.png", MANIFEST_DIR)));
    expect([color.width, color.height]).toEqual([192, 192]);
    const outline = readPng(readFileSync(new URL("outline.png", MANIFEST_DIR)));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let drawn = 0;
    for (let i = 0; i < outline.pixels.length; i += 4) {
      const [r, g, b, a] = outline.pixels.subarray(i, i + 4);
      if (a === 0) continue;
      expect([r, g, b, a]).toEqual([255, 255, 255, 255]);
      drawn++;
    }
    expect(drawn).toBeGreaterThan(50);
  });
});

describe("dpa-bot teams package", () => {
  async function run(env: Record<string, string>, ...args: string[]) {
    const out: string[] = [];
    const program = new Command().exitOverride();
    register(program, { log: (l) => out.push(l), error: (l) => out.push(l) }, env);
    await program.parseAsync(["teams", "package", ...args], { from: "user" });
    return out;
  }

  it("writes a zip with the manifest (ids from the environment) and both icons at its root", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "teams-package-")), "dpa-bot-teams.zip");
    const botId = "6f1f1c1e-0000-4000-8000-00000000b07a";
    const appId = "0b5e8a3c-1111-4222-8333-444455556666";
    const out = await run({ TEAMS_CLIENT_ID: botId, TEAMS_APP_ID: appId }, "--out", file);
    expect(out[0]).toMatch(/^wrote .*dpa-bot-teams\.zip/);
    const files = unzipSync(readFileSync(file));
    expect(Object.keys(files).sort()).toEqual([
      "color.png",
      "en.json",
      "fr.json",
      "manifest.json",
      "outline.png",
    ]);
    const packaged = JSON.parse(new TextDecoder().decode(files["manifest.json"]));
    expect(packaged.id).toBe(appId);
    expect(packaged.bots[0].botId).toBe(botId);
    expect(packaged.composeExtensions[0].botId).toBe(botId);
    expect(await schemaProblems(packaged)).toEqual([]);
    expect(Buffer.from(files["color.png"]!).equals(readFileSync(new URL("color.png", MANIFEST_DIR)))).toBe(
      true,
    );
  });

  it("refuses without TEAMS_CLIENT_ID or with an id that is not a GUID", async () => {
    await expect(run({})).rejects.toThrow(/TEAMS_CLIENT_ID: required/);
    await expect(run({ TEAMS_CLIENT_ID: "my-bot" })).rejects.toThrow(/TEAMS_CLIENT_ID: expected a GUID/);
  });
});

// The Teams app package that Teams Admin Center (or "Upload a custom app") accepts: a zip with
// manifest.json, its localization files (one per language besides the manifest's own, as its
// localizationInfo lists them) and the two icons at its root. The committed manifest
// carries placeholder ids; the package gets the Azure bot's id (TEAMS_CLIENT_ID) and the app id
// (TEAMS_APP_ID, default the bot's id) from the environment.
import { readFileSync } from "node:fs";
import { zipSync } from "fflate";

export const MANIFEST_DIR = new URL("../../../manifests/teams/", import.meta.url);
const ICONS = ["color.png", "outline.png"] as const;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Why the package cannot be made: the message for logs, the problem for the CLI to say in its language. */
type PackageProblem = { kind: "missing" } | { kind: "not-guid"; variable: string; value: string };

export class PackageError extends Error {
  readonly problem: PackageProblem;

  constructor(message: string, problem: PackageProblem) {
    super(message);
    this.problem = problem;
  }
}

interface Manifest {
  id: string;
  localizationInfo?: {
    defaultLanguageTag: string;
    additionalLanguages?: Array<{ languageTag: string; file: string }>;
  };
  bots: Array<{ botId: string }>;
  composeExtensions?: Array<{ botId?: string }>;
  [key: string]: unknown;
}

export function readManifest(dir: URL = MANIFEST_DIR): Manifest {
  return JSON.parse(readFileSync(new URL("manifest.json", dir), "utf8")) as Manifest;
}

/** The manifest with the real ids filled in. */
export function fillManifest(manifest: Manifest, ids: { botId?: string; appId?: string }): Manifest {
  if (!ids.botId) {
    throw new PackageError(
      "TEAMS_CLIENT_ID: required to package the Teams app (the Azure bot's application id)",
      { kind: "missing" },
    );
  }
  if (!GUID.test(ids.botId)) {
    throw new PackageError(`TEAMS_CLIENT_ID: expected a GUID, got "${ids.botId}"`, {
      kind: "not-guid",
      variable: "TEAMS_CLIENT_ID",
      value: ids.botId,
    });
  }
  const appId = ids.appId ?? ids.botId;
  if (!GUID.test(appId)) {
    throw new PackageError(`TEAMS_APP_ID: expected a GUID, got "${appId}"`, {
      kind: "not-guid",
      variable: "TEAMS_APP_ID",
      value: appId,
    });
  }
  return {
    ...manifest,
    id: appId,
    bots: manifest.bots.map((bot) => ({ ...bot, botId: ids.botId! })),
    composeExtensions: manifest.composeExtensions?.map((extension) => ({ ...extension, botId: ids.botId! })),
  };
}

/** Every file of the package: the manifest, its localization files and the icons. */
export function packageFiles(manifest: Manifest): string[] {
  const localizations = manifest.localizationInfo?.additionalLanguages?.map((l) => l.file) ?? [];
  return ["manifest.json", ...localizations, ...ICONS];
}

/** The zip's bytes: the filled manifest and the other files, all at the root. */
export function buildAppPackage(
  ids: { botId?: string; appId?: string },
  dir: URL = MANIFEST_DIR,
): Uint8Array {
  const manifest = fillManifest(readManifest(dir), ids);
  const files: Record<string, Uint8Array> = {
    "manifest.json": new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`),
  };
  for (const name of packageFiles(manifest).slice(1)) files[name] = readFileSync(new URL(name, dir));
  return zipSync(files, { level: 9, mtime: new Date("2026-01-01T00:00:00Z") });
}

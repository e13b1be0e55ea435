// The one way the tests get a headless Chromium. In order: CHROMIUM_PATH, a Chromium or Chrome on
// PATH, or the one the devDependency @sparticuz/chromium ships inside its npm package (Linux x64),
// so `npm install && npm test` works on a fresh machine without apt or a download. A browser test
// never skips: when none of the three is there, the run fails and says how to get one.
import { spawn } from "node:child_process";
import { constants, createReadStream, createWriteStream, existsSync, readFileSync } from "node:fs";
import { access, mkdtemp, rename, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { pipeline } from "node:stream/promises";
import { createBrotliDecompress } from "node:zlib";
import { type Browser, chromium } from "playwright-core";

export interface ChromiumChoice {
  executablePath: string;
  args: string[];
  /** Where it came from, for the failure messages of the tests. */
  source: "CHROMIUM_PATH" | "PATH" | "@sparticuz/chromium";
}

/** Names a system Chromium or Chrome goes by on Linux distributions. */
export const SYSTEM_CHROMIUM_NAMES = [
  "chromium",
  "chromium-browser",
  "google-chrome",
  "google-chrome-stable",
];

export const NO_CHROMIUM_MESSAGE = [
  "No Chromium for the browser tests. Any one of these gives one:",
  "  - set CHROMIUM_PATH to a Chromium or Chrome binary;",
  "  - install one on PATH (Debian/Ubuntu: apt-get install chromium);",
  "  - on Linux x64, run `npm install`: the devDependency @sparticuz/chromium ships one in its package.",
].join("\n");

// Flags for a browser that runs as root in a container and must not reach the internet by itself.
const QUIET_FLAGS = [
  "--no-sandbox",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A distribution's Chromium on a machine without a GPU. */
const SYSTEM_FLAGS = [...QUIET_FLAGS, "--disable-gpu"];

export interface FindChromiumOptions {
  env?: NodeJS.ProcessEnv;
  /** The packaged Chromium's path, or null where the package cannot serve this machine. */
  packaged?: () => Promise<ChromiumChoice | null>;
}

export async function findChromium(options: FindChromiumOptions = {}): Promise<ChromiumChoice> {
  const env = options.env ?? process.env;
  const configured = env.CHROMIUM_PATH?.trim();
  if (configured) {
    // A path someone set on purpose and got wrong is an error, not a reason to pick another browser.
    if (!(await isExecutable(configured))) {
      throw new Error(`CHROMIUM_PATH=${configured} is not an executable file.\n${NO_CHROMIUM_MESSAGE}`);
    }
    return { executablePath: configured, args: SYSTEM_FLAGS, source: "CHROMIUM_PATH" };
  }
  const onPath = await findOnPath(SYSTEM_CHROMIUM_NAMES, env.PATH ?? "");
  if (onPath) return { executablePath: onPath, args: SYSTEM_FLAGS, source: "PATH" };
  const packaged = await (options.packaged ?? packagedChromium)();
  if (packaged) return packaged;
  throw new Error(NO_CHROMIUM_MESSAGE);
}

/** A headless Chromium from findChromium(); close it in afterAll. */
export async function launchChromium(): Promise<Browser> {
  const choice = await findChromium();
  try {
    return await chromium.launch({
      executablePath: choice.executablePath,
      args: choice.args,
      headless: true,
    });
  } catch (error) {
    throw new Error(`Chromium from ${choice.source} (${choice.executablePath}) did not start.`, {
      cause: error,
    });
  }
}

async function isExecutable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function findOnPath(names: string[], path: string): Promise<string | null> {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    for (const name of names) {
      const candidate = join(dir, name);
      if (await isExecutable(candidate)) return candidate;
    }
  }
  return null;
}

async function packagedChromium(): Promise<ChromiumChoice | null> {
  // The package ships a Linux x64 build only.
  if (process.platform !== "linux" || process.arch !== "x64") return null;
  let entry: string;
  try {
    entry = createRequire(import.meta.url).resolve("@sparticuz/chromium");
  } catch {
    return null;
  }
  const packageDir = join(dirname(entry), "..");
  const version = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")).version as string;
  const executablePath = await unpackOnce(
    join(packageDir, "bin"),
    join(tmpdir(), `dpa-bot-chromium-${version}`),
  );
  const { default: packaged } = await import("@sparticuz/chromium");
  packaged.setGraphicsMode = false;
  const dropped = new Set([
    // Playwright passes its own --headless; this one is quoted for a shell.
    "--headless='shell'",
    // Meant for a Lambda sandbox; here one renderer crash would take the whole browser down.
    "--single-process",
    // The pages under test must meet the same-origin and mixed-content rules a real browser keeps.
    "--disable-web-security",
    "--allow-running-insecure-content",
  ]);
  const args = [...packaged.args.filter((arg) => !dropped.has(arg)), ...QUIET_FLAGS];
  return { executablePath, args: [...new Set(args)], source: "@sparticuz/chromium" };
}

// The package would inflate into the shared /tmp/chromium and answer "ready" as soon as that file
// exists, even half-written by a test file running beside this one. Unpacked into a private folder
// and renamed into place in one step, two test files never see a partial browser.
async function unpackOnce(bin: string, target: string): Promise<string> {
  const executable = join(target, "chromium");
  if (existsSync(executable)) return executable;
  const staging = await mkdtemp(`${target}-unpacking-`);
  try {
    await pipeline(
      createReadStream(join(bin, "chromium.br")),
      createBrotliDecompress(),
      createWriteStream(join(staging, "chromium"), { mode: 0o755 }),
    );
    // The browser loads its software GL (libEGL, libGLESv2) from beside its binary; without them it
    // stops at start even with WebGL off.
    await untarBrotli(join(bin, "swiftshader.tar.br"), staging);
    await rename(staging, target);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    if (!existsSync(executable)) throw error;
  }
  return executable;
}

async function untarBrotli(archive: string, into: string): Promise<void> {
  const tar = spawn("tar", ["-x", "-C", into], { stdio: ["pipe", "ignore", "inherit"] });
  const exited = new Promise<void>((resolve, reject) => {
    tar.once("error", reject);
    tar.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`tar exited with ${code}`))));
  });
  await pipeline(createReadStream(archive), createBrotliDecompress(), tar.stdin);
  await exited;
}

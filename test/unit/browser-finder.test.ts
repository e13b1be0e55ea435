// Which Chromium the browser tests use, and the failure (never a skip) when there is none.
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ChromiumChoice, findChromium, NO_CHROMIUM_MESSAGE } from "../support/browser.ts";

let dir: string;
let executable: string;
const none = async () => null;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "browser-finder-"));
  executable = join(dir, "chromium-browser");
  await writeFile(executable, "#!/bin/sh\n");
  await chmod(executable, 0o755);
  // Present but not executable: not a browser.
  await writeFile(join(dir, "chromium"), "");
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("finding Chromium for the browser tests", () => {
  it("takes CHROMIUM_PATH first", async () => {
    const found = await findChromium({
      env: { CHROMIUM_PATH: executable, PATH: "/nowhere" },
      packaged: none,
    });
    expect(found).toMatchObject({ executablePath: executable, source: "CHROMIUM_PATH" });
    expect(found.args).toContain("--no-sandbox");
  });

  it("fails on a CHROMIUM_PATH that is no executable rather than picking another browser", async () => {
    await expect(
      findChromium({ env: { CHROMIUM_PATH: join(dir, "missing"), PATH: dir }, packaged: none }),
    ).rejects.toThrow(/CHROMIUM_PATH=.*missing is not an executable file/);
  });

  it("then looks on PATH, skipping files that cannot run", async () => {
    const found = await findChromium({ env: { PATH: `/nowhere:${dir}` }, packaged: none });
    expect(found).toMatchObject({ executablePath: executable, source: "PATH" });
  });

  it("then takes the packaged one", async () => {
    const packaged: ChromiumChoice = {
      executablePath: "/x/chromium",
      args: [],
      source: "@sparticuz/chromium",
    };
    expect(await findChromium({ env: { PATH: "/nowhere" }, packaged: async () => packaged })).toBe(packaged);
  });

  it("fails and says how to get one when there is none", async () => {
    await expect(findChromium({ env: { PATH: "/nowhere" }, packaged: none })).rejects.toThrow(
      NO_CHROMIUM_MESSAGE,
    );
    expect(NO_CHROMIUM_MESSAGE).toMatch(/CHROMIUM_PATH/);
    expect(NO_CHROMIUM_MESSAGE).toMatch(/apt-get install chromium/);
    expect(NO_CHROMIUM_MESSAGE).toMatch(/npm install/);
  });
});

import { chmod, mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readOrCreatePassword } from "./password-files.ts";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "dpa-bot-passwords-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe("readOrCreatePassword", () => {
  it("makes a random password in a file only its owner can read, and keeps it", async () => {
    const path = join(dir, "data", "postgres.app-password");

    const first = await readOrCreatePassword(path);

    expect(first).toMatch(/^[\w-]{43}$/);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(await readOrCreatePassword(path)).toBe(first);
    expect(await readOrCreatePassword(join(dir, "other"))).not.toBe(first);
  });

  it("gives processes starting at the same moment one password, and leaves no drafts behind", async () => {
    const path = join(dir, "postgres.superuser-password");

    const passwords = await Promise.all(Array.from({ length: 8 }, () => readOrCreatePassword(path)));

    expect(new Set(passwords).size).toBe(1);
    expect(await readdir(dir)).toEqual(["postgres.superuser-password"]);
  });

  it("narrows a file restored readable by others", async () => {
    const path = join(dir, "postgres.app-password");
    await writeFile(path, "restored-password\n");
    await chmod(path, 0o644);

    expect(await readOrCreatePassword(path)).toBe("restored-password");
    expect((await stat(path)).mode & 0o777).toBe(0o600);
  });

  it("refuses an emptied file rather than replace a password the cluster still has", async () => {
    const path = join(dir, "postgres.superuser-password");
    await writeFile(path, "\n", { mode: 0o600 });

    await expect(readOrCreatePassword(path)).rejects.toThrow(`${path} is empty`);
  });
});

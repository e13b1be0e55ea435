import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path.ts";

describe("safeReturnPath", () => {
  it("keeps a path of this site with its query", () => {
    expect(safeReturnPath("/incidents/DL-2026-0007?tab=customers")).toBe(
      "/incidents/DL-2026-0007?tab=customers",
    );
  });

  it.each([
    "https://evil.example/",
    "//evil.example/",
    "/\\evil.example",
    "\\\\evil.example",
    "javascript:alert(1)",
    "/\r\nSet-Cookie: x=1",
    "",
    "incidents",
    "/auth/sign-in?next=/auth/sign-in",
    `/${"a".repeat(2001)}`,
  ])("answers / for %j", (next) => {
    expect(safeReturnPath(next)).toBe("/");
  });

  it("keeps an encoded line break encoded: a path of this site, never a header", () => {
    expect(safeReturnPath("/%0d%0aLocation: x")).toBe("/%0d%0aLocation:%20x");
  });

  it("answers / for anything that is not a string", () => {
    expect(safeReturnPath(["/a", "/b"])).toBe("/");
    expect(safeReturnPath(undefined)).toBe("/");
  });
});

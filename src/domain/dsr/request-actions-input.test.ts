// The free text of the dialogs behind a request's buttons: to whom it was forwarded (a list, one
// address a line or separated by commas), the reason for an extension and the closing note (several
// lines). A control character is a field error, decided before anything is read or stored.
import { describe, expect, it } from "vitest";
import { testRequest } from "../../../test/fixtures/dsr/test-request.ts";
import { untouchable } from "../../../test/support/untouchable.ts";
import { closeRequest } from "./close-request.ts";
import type { DsrDeps } from "./dsr-deps.ts";
import { extendDeadline } from "./extend-deadline.ts";
import { validateManualForward } from "./record-forward.ts";

const request = testRequest();
const now = new Date("2026-03-10T12:00:00Z");
const at = new Date("2026-03-10T10:00:00Z");
const actor = { platform: "teams" as const, userId: "aad-1", displayName: "Steve" };
const deps = untouchable<DsrDeps>("deps");

describe("manual forward: to whom", () => {
  const forward = (to: string) => validateManualForward({ to, via: "email", at }, request, now);

  it("takes addresses on lines of their own or separated by commas", () => {
    expect(forward("a@acme.example\r\nb@acme.example, c@acme.example")).toMatchObject({
      ok: true,
      value: { to: ["a@acme.example", "b@acme.example", "c@acme.example"] },
    });
  });

  it("refuses control characters, and a tab within one address", () => {
    expect(forward("a@acme.example\u0000")).toEqual({
      ok: false,
      errors: { to: "common.error.controlCharacters" },
    });
    expect(forward("a@acme.example\n\u0085b@acme.example")).toEqual({
      ok: false,
      errors: { to: "common.error.controlCharacters" },
    });
    expect(forward("a@acme\t.example")).toEqual({ ok: false, errors: { to: "common.error.lineBreaks" } });
  });
});

describe("extension reason and closing note", () => {
  it("refuses control characters before reading or storing anything", async () => {
    await expect(
      extendDeadline(deps, { requestId: request.id, reason: "Complex\u0000 archive", actor }),
    ).rejects.toMatchObject({
      key: "common.error.controlCharacters",
      fields: { reason: "common.error.controlCharacters" },
    });
    await expect(
      closeRequest(deps, { requestId: request.id, note: "Answered\u001b[0m", actor }),
    ).rejects.toMatchObject({
      key: "common.error.controlCharacters",
      fields: { note: "common.error.controlCharacters" },
    });
  });

  it("lets a reason with line breaks through to the request (which this test does not have)", async () => {
    await expect(
      extendDeadline(deps, { requestId: request.id, reason: "Many requests;\n\tcomplex archive", actor }),
    ).rejects.toThrow("deps.requests was used");
  });
});

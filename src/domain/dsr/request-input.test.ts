import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { REQUEST_TEXT, SUBJECT_NAME } from "../../../test/fixtures/dsr/data-subject.ts";
import { MAX_SUBJECT_LENGTH, validateRequest } from "./request-input.ts";

const now = new Date("2026-03-10T12:00:00Z");
const valid = {
  customer: "7d0c1f7e-2c1e-4c4b-9a55-0f1a2b3c4d5e",
  type: "erasure",
  receivedAt: new Date("2026-03-10T09:00:00Z"),
  receivedVia: "email",
  subject: SUBJECT_NAME,
  requestText: REQUEST_TEXT,
};

describe("validating the request form", () => {
  it("accepts a complete request, trimmed", () => {
    const result = validateRequest({ ...valid, subject: `  ${SUBJECT_NAME}  ` }, now);
    const { customer, ...rest } = valid;
    expect(result).toEqual({ ok: true, value: { ...rest, customerId: customer } });
  });

  it("puts each problem on its own field", () => {
    const result = validateRequest(
      {
        customer: null,
        type: "gossip",
        receivedAt: new Date("2026-03-10T12:05:00Z"),
        receivedVia: null,
        subject: " ",
        requestText: null,
      },
      now,
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        customer: "dsr.error.customerRequired",
        type: "dsr.error.invalid",
        receivedAt: "dsr.error.inFuture",
        receivedVia: "dsr.error.viaRequired",
        subject: "dsr.error.subjectRequired",
        requestText: "dsr.error.textRequired",
      },
    });
  });

  it("refuses control characters and over-long text on their field", () => {
    expect(validateRequest({ ...valid, subject: "Jan\u0000Peeters" }, now)).toMatchObject({
      ok: false,
      errors: { subject: "common.error.controlCharacters" },
    });
    // The subject is one line; the request text keeps its tabs and line breaks.
    expect(validateRequest({ ...valid, subject: "Jan\nPeeters" }, now)).toMatchObject({
      ok: false,
      errors: { subject: "common.error.lineBreaks" },
    });
    expect(validateRequest({ ...valid, requestText: "Dear,\r\n\tplease\u007f" }, now)).toMatchObject({
      ok: false,
      errors: { requestText: "common.error.controlCharacters" },
    });
    expect(validateRequest({ ...valid, requestText: "Dear,\r\n\tplease erase" }, now).ok).toBe(true);
    expect(validateRequest({ ...valid, requestText: "x".repeat(3001) }, now)).toMatchObject({
      ok: false,
      errors: { requestText: "dsr.error.tooLong" },
    });
    // Emoji count as one character each, as people count them.
    expect(validateRequest({ ...valid, subject: "😀".repeat(MAX_SUBJECT_LENGTH) }, now).ok).toBe(true);
  });

  it("never throws, and either keeps the text exactly (trimmed) or names the field", () => {
    const anyText = fc.oneof(
      fc.string({ maxLength: 4000 }),
      fc.string({ unit: "grapheme", maxLength: 600 }),
      fc.string({ unit: "binary", maxLength: 600 }),
      fc.constantFrom(
        "<!channel>",
        "<@U0123ABCD>",
        "<!here|here>",
        "*bold* _it_ `code` ~s~",
        "&lt;!everyone&gt;",
      ),
      fc.constant(null),
    );
    fc.assert(
      fc.property(
        anyText,
        anyText,
        fc.oneof(fc.constant("email"), fc.anything()),
        (subject, requestText, via) => {
          const result = validateRequest({ ...valid, subject, requestText, receivedVia: via }, now);
          if (result.ok) {
            expect(result.value.subject).toBe((subject ?? "").trim());
            expect(result.value.requestText).toBe((requestText ?? "").trim());
          } else {
            for (const key of Object.values(result.errors)) expect(key).toMatch(/^(dsr|common)\.error\./);
            expect(Object.keys(result.errors).length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

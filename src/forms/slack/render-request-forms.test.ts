import { describe, expect, it } from "vitest";
import { checkView } from "../../../test/fakes/slack/block-kit-rules.ts";
import { testRequest } from "../../../test/fixtures/dsr/test-request.ts";
import { LANGUAGES } from "../../domain/i18n/languages.ts";
import {
  buildCloseRequestForm,
  buildExtendForm,
  buildForwardForm,
  buildTimeForm,
} from "../dsr/action-forms.ts";
import { buildRequestForm, buildRequestLoadingForm } from "../dsr/request-form.ts";
import type { Form } from "../model.ts";
import { renderForm } from "./render-form.ts";

const now = new Date("2026-03-12T10:00:00Z");

describe("request dialogs as Slack modals", () => {
  for (const language of LANGUAGES) {
    it(`stay within Slack's limits in ${language}, also with the longest texts`, () => {
      const request = testRequest({
        requestText: "<!channel> ".repeat(300),
        subject: "😀".repeat(500),
        customer: {
          ...testRequest().customer,
          contacts: [
            {
              id: "k",
              name: "Inge",
              email: "privacy@acme.example",
              phone: null,
              roles: ["dsr"],
              dsrTypes: [],
              slackUserId: null,
              teamsUserId: null,
            },
          ],
        },
      });
      const forms: Form[] = [
        buildRequestLoadingForm(language),
        buildRequestForm({ language, state: "{}", receivedAt: now, requestText: "x".repeat(5000) }),
        buildForwardForm({
          request,
          language,
          timezone: "Europe/Brussels",
          now,
          showText: true,
          state: "{}",
        }),
        buildForwardForm({
          request,
          language,
          timezone: "Europe/Brussels",
          now,
          showText: false,
          state: "{}",
        }),
        buildTimeForm({ request, language, hourlyRateCents: 12_000, state: "{}" }),
        buildExtendForm({ request, language, state: "{}" }),
        buildCloseRequestForm({ request, language, state: "{}" }),
      ];
      for (const form of forms) expect(checkView(renderForm(form)), form.id).toEqual([]);
    });
  }

  it("shows the request text in the forward dialog only when the viewer may see it", () => {
    const request = testRequest();
    const shown = JSON.stringify(
      renderForm(
        buildForwardForm({
          request,
          language: "en",
          timezone: "Europe/Brussels",
          now,
          showText: true,
          state: "{}",
        }),
      ),
    );
    const hidden = JSON.stringify(
      renderForm(
        buildForwardForm({
          request,
          language: "en",
          timezone: "Europe/Brussels",
          now,
          showText: false,
          state: "{}",
        }),
      ),
    );
    expect(shown).toContain(request.subject!);
    expect(hidden).not.toContain(request.subject!);
    expect(hidden).toContain("only to the registrant and privacy officers");
  });
});

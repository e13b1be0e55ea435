import { describe, expect, it } from "vitest";
import { checkView } from "../../../test/fakes/slack/block-kit-rules.ts";
import { testClock, testIncident } from "../../../test/fixtures/breach/test-incident.ts";
import { LANGUAGES } from "../../domain/i18n/languages.ts";
import { buildAuthorityForm } from "../breach/authority-form.ts";
import { buildCloseForm } from "../breach/close-form.ts";
import { buildInformedForm } from "../breach/informed-form.ts";
import { buildNotificationForm } from "../breach/notification-form.ts";
import { buildReportForm } from "../breach/report-form.ts";
import type { Form } from "../model.ts";
import { SlackLimitError } from "./limits.ts";
import { readFormState } from "./read-form-state.ts";
import { renderForm } from "./render-form.ts";

const now = new Date("2026-05-04T08:00:00Z");

describe("breach dialogs as Slack modals", () => {
  for (const language of LANGUAGES) {
    it(`stay within Slack's limits in ${language}`, () => {
      const incident = testIncident({ description: "<!channel> ".repeat(400) });
      const clockId = incident.customers[0]!.id;
      const forms: Form[] = [
        buildReportForm({
          language,
          mode: "report",
          state: "{}",
          customers: [],
          discoveredAt: now,
          details: {},
        }),
        buildReportForm({
          language,
          mode: "complete",
          state: "{}",
          customers: [],
          discoveredAt: now,
          details: incident,
        }),
        buildInformedForm({ incident, clockId, language, timezone: "Europe/Brussels", now, state: "{}" }),
        buildAuthorityForm({ incident, clockId, language, now, state: "{}" }),
        buildCloseForm({ incident, language, state: "{}" }),
        buildNotificationForm({
          incident,
          clockId,
          language,
          timezone: "Europe/Brussels",
          canSend: true,
          state: "{}",
        }),
      ];
      for (const form of forms) expect(checkView(renderForm(form)), form.id).toEqual([]);
    });
  }

  it("lets a read-only dialog switch customers without an input block (those need a submit button)", () => {
    const incident = testIncident({ customers: [testClock({}, 0), testClock({}, 1)] });
    const form = buildNotificationForm({
      incident,
      clockId: "clock-1",
      language: "en",
      timezone: "Europe/Brussels",
      canSend: false,
      state: "{}",
    });
    const view = renderForm(form);
    expect(view.submit).toBeUndefined();
    expect(checkView(view)).toEqual([]);
    expect(view.blocks[0]).toMatchObject({
      type: "actions",
      elements: [{ type: "static_select", action_id: "customer" }],
    });
  });

  it("throws on a title over 24 characters rather than letting Slack refuse the modal", () => {
    const form: Form = {
      id: "x",
      title: "A title that is far too long",
      close: "Close",
      items: [],
      state: "",
    };
    expect(() => renderForm(form)).toThrow(SlackLimitError);
  });

  it("shortens earlier input to the field's maximum", () => {
    const form: Form = {
      id: "x",
      title: "T",
      submit: "Save",
      close: "Close",
      state: "",
      items: [
        { kind: "text", id: "note", label: "Note", required: false, maxLength: 10, initial: "0123456789abc" },
      ],
    };
    const view = renderForm(form);
    expect(JSON.stringify(view.blocks)).toContain('"initial_value":"012345678…"');
  });

  it("reads submitted values back by field id, whatever the block's version", () => {
    expect(
      readFormState({
        "to~clock-1": { to: { type: "plain_text_input", value: "Jan" } },
        at: { at: { type: "datetimepicker", selected_date_time: 1_777_881_600 } },
        nature: { nature: { type: "checkboxes", selected_options: [{ value: "integrity" }] } },
        via: { via: { type: "radio_buttons", selected_option: null } },
      }),
    ).toEqual({ to: "Jan", at: new Date(1_777_881_600_000), nature: ["integrity"], via: null });
  });
});

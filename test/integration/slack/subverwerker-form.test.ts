// The /subverwerker form through signed Slack requests: it opens in the proposer's language, the
// country is searched by name (EEA membership shown, never typed), every field error is shown inline
// and nothing is stored, and a country with an EU adequacy decision preselects that mechanism.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asPayload, type Json } from "../../fixtures/slack/payloads.ts";
import { blockText, currentView, type Harness, REPORTER, startHarness, submit, suggest } from "./harness.ts";
import {
  mechanismBlock,
  NOW,
  openForm as open,
  seedSubverwerkerWorld,
  valid,
} from "./subverwerker-support.ts";

let h: Harness;
const openForm = () => open(h);

beforeAll(async () => {
  h = await startHarness({ now: NOW });
  await seedSubverwerkerWorld(h);
});

afterAll(async () => {
  await h?.close();
});

describe("the /subverwerker form", () => {
  it("opens the form in the proposer's language with a country list searched by name", async () => {
    const view = await openForm();
    expect(view.title).toMatchObject({ text: "Subverwerker wijzigen" });
    const country = (view.blocks as Json[]).find((b) => b.block_id === "country")!;
    expect(country.element.type).toBe("external_select");
    const response = await suggest(h, view, "country", "zwitser");
    expect(response.body.options).toEqual([
      { text: { type: "plain_text", text: "Zwitserland · buiten de EER", emoji: true }, value: "CH" },
    ]);
    const eea = await suggest(h, view, "country", "duits");
    expect(eea.body.options[0]).toMatchObject({ value: "DE", text: { text: "Duitsland · EER" } });
  });

  it("shows every field error inline and stores nothing", async () => {
    const view = await openForm();
    const empty = await submit(h, view, {
      name: "",
      purpose: "",
      dataCategories: "",
      reason: "",
      intendedStart: null,
    });
    expect(Object.keys(empty.body.errors).sort()).toEqual(
      ["country", "dataCategories", "intendedStart", "name", "purpose", "reason"].sort(),
    );
    const noMechanism = await submit(h, view, { ...valid, mechanism: null });
    expect(noMechanism.body.errors).toEqual({
      [mechanismBlock(view)]: expect.stringContaining("Buiten de EER"),
    });
    const wrongAdequacy = await submit(h, view, { ...valid, mechanism: "adequacy" });
    expect(wrongAdequacy.body.errors[mechanismBlock(view)]).toContain("geen EU-adequaatheidsbesluit");
    const past = await submit(h, view, { ...valid, intendedStart: "2027-01-31" });
    expect(Object.keys(past.body.errors)).toEqual(["intendedStart"]);
    const noSelection = await submit(h, view, { ...valid, scope: "selected", customers: [] });
    expect(Object.keys(noSelection.body.errors)).toEqual(["customers"]);
    expect(await h.db.prisma.subProcessorProposal.count()).toBe(0);
  });

  it("preselects the adequacy decision once a country that has one is chosen", async () => {
    const view = await openForm();
    const payload = {
      type: "block_actions",
      user: { id: REPORTER.id, username: REPORTER.name, name: REPORTER.name, team_id: "T0001" },
      team: { id: "T0001", domain: "example" },
      api_app_id: "A0001",
      trigger_id: h.slack.issueTrigger(),
      container: { type: "view", view_id: view.id },
      view: { ...view, state: { values: {} } },
      actions: [
        {
          type: "external_select",
          action_id: "country",
          block_id: "country",
          selected_option: { value: "CH", text: { type: "plain_text", text: "Zwitserland" } },
          action_ts: "1",
        },
      ],
    };
    await h.post(asPayload(payload));
    const updated = currentView(h, view.id);
    const mechanism = (updated.blocks as Json[]).find((b) => String(b.block_id).startsWith("mechanism"))!;
    expect(mechanism.element.initial_option).toMatchObject({ value: "adequacy" });
    expect(blockText(mechanism)).toContain("Geldt voor Zwitserland");
  });
});

// The neutral form as an Adaptive Card 1.5, for a Teams dialog (task module, submitted with
// Action.Submit) or in place of a message card (Universal Actions, submitted with Action.Execute).
// Teams cannot mark a field invalid from the server: errors are rendered under their fields and the
// card is sent again. A date-time is two inputs (Input.Date + Input.Time) read in one time zone.
import { DateTime } from "luxon";
import type { Form, FormErrors, FormField, Option } from "../model.ts";
import { type AdaptiveCard, adaptiveCard, type CardElement } from "./card.ts";
import { assertCardSize, assertWithin, fitPlain, TEAMS_LIMITS as L } from "./limits.ts";
import { submitFallback } from "./render-message.ts";
import { richTextBlock, styledBlock } from "./rich-text.ts";

export const FORM_SUBMIT_VERB = "form.submit";
export const FORM_CANCEL_VERB = "form.cancel";

export interface FormCardOptions {
  /** Zone of the date and time inputs (the user's Teams time zone, else TIMEZONE). */
  timezone: string;
  errors?: FormErrors;
  /** dialog: Action.Submit inside a task module; card: Action.Execute in place of a message. */
  surface: "dialog" | "card";
  /** Choices offered before the user types into a lookup field (Data.Query answers the rest). */
  lookupChoices?: Record<string, Option[]>;
}

/** What every submit carries besides the inputs: which form, and its opaque state. */
export interface FormSubmitData {
  form: string;
  state: string;
}

export function renderFormCard(form: Form, options: FormCardOptions): AdaptiveCard {
  assertWithin("dialog title", form.title.length, L.dialogTitle);
  const body: CardElement[] = [];
  // In place of a message there is no dialog title bar: the title heads the card.
  if (options.surface === "card") body.push(styledBlock([form.title], { size: "Medium", weight: "Bolder" }));
  let separate = false;
  for (const item of form.items) {
    if (item.kind === "divider") {
      separate = true;
      continue;
    }
    const elements = item.kind === "info" ? [richTextBlock(item.text)] : renderField(item, options);
    if (separate && elements[0]) elements[0].separator = true;
    separate = false;
    body.push(...elements);
  }

  const data: FormSubmitData = { form: form.id, state: form.state };
  assertWithin("form submit data", JSON.stringify(data).length, L.actionData);
  const actions: CardElement[] = [];
  if (form.submit !== undefined) {
    assertWithin("submit title", form.submit.length, L.buttonTitle);
    actions.push(
      options.surface === "dialog"
        ? { type: "Action.Submit", title: form.submit, style: "positive", data }
        : {
            type: "Action.Execute",
            title: form.submit,
            style: "positive",
            verb: FORM_SUBMIT_VERB,
            data,
            fallback: submitFallback(form.submit, FORM_SUBMIT_VERB, { ...data }),
          },
    );
  }
  // A dialog has its own close button; a card in place of a message needs a way back.
  if (options.surface === "card") {
    actions.push({
      type: "Action.Execute",
      title: fitPlain(form.close, L.buttonTitle),
      verb: FORM_CANCEL_VERB,
      data,
      associatedInputs: "none",
      fallback: {
        ...submitFallback(fitPlain(form.close, L.buttonTitle), FORM_CANCEL_VERB, { ...data }),
        associatedInputs: "none",
      },
    });
  }
  const card = adaptiveCard(body, actions);
  assertCardSize(`form ${form.id}`, card);
  return card;
}

function renderField(field: FormField, options: FormCardOptions): CardElement[] {
  const error = options.errors?.[field.id];
  const inputs = renderInputs(field, options);
  const elements: CardElement[] = [...inputs];
  if (field.hint)
    elements.push(styledBlock([field.hint], { size: "Small", isSubtle: true }, { spacing: "None" }));
  if (error) {
    // Shown right under the field, where the eye is; the input keeps what was typed.
    elements.push(
      styledBlock(
        [error],
        { color: "Attention", size: "Small" },
        { id: `${field.id}.error`, spacing: "None" },
      ),
    );
  }
  return elements;
}

function base(field: FormField, id = field.id, label = field.label): CardElement {
  assertWithin(`label of ${field.id}`, label.length, L.textBlock);
  return { id, label, isRequired: field.required, ...(field.required ? { errorMessage: label } : {}) };
}

function placeholder(text: string | undefined): CardElement {
  return text ? { placeholder: fitPlain(text, L.placeholder) } : {};
}

function renderInputs(field: FormField, options: FormCardOptions): CardElement[] {
  switch (field.kind) {
    case "text": {
      const max = Math.min(field.maxLength ?? L.inputMaxLength, L.inputMaxLength);
      return [
        {
          type: "Input.Text",
          ...base(field),
          isMultiline: field.multiline ?? false,
          maxLength: max,
          ...placeholder(field.placeholder),
          ...(field.initial ? { value: fitPlain(field.initial, max) } : {}),
        },
      ];
    }
    case "email":
      return [
        {
          type: "Input.Text",
          ...base(field),
          style: "Email",
          ...placeholder(field.placeholder),
          ...(field.initial ? { value: field.initial } : {}),
        },
      ];
    case "datetime": {
      const local = field.initial ? DateTime.fromJSDate(field.initial, { zone: options.timezone }) : null;
      return [
        {
          type: "Input.Date",
          ...base(field, dateInputId(field.id)),
          ...(local ? { value: local.toFormat("yyyy-MM-dd") } : {}),
        },
        {
          type: "Input.Time",
          ...base(field, timeInputId(field.id), `${field.label} (${zoneLabel(options.timezone)})`),
          spacing: "Small",
          ...(local ? { value: local.toFormat("HH:mm") } : {}),
        },
      ];
    }
    case "date":
      return [{ type: "Input.Date", ...base(field), ...(field.initial ? { value: field.initial } : {}) }];
    case "choice":
      return [
        {
          type: "Input.ChoiceSet",
          ...base(field),
          style: field.style === "select" ? "compact" : "expanded",
          isMultiSelect: field.style === "checkboxes",
          choices: field.options.map(renderChoice),
          ...initialChoices(field.initial ?? []),
        },
      ];
    case "lookup": {
      const initial = field.initial ?? [];
      const offered = options.lookupChoices?.[field.id] ?? [];
      const choices = [...initial, ...offered.filter((o) => !initial.some((i) => i.value === o.value))];
      return [
        {
          type: "Input.ChoiceSet",
          ...base(field),
          style: "filtered",
          isMultiSelect: field.multiple,
          ...placeholder(field.placeholder),
          choices: choices.map(renderChoice),
          // Teams' dynamic typeahead: an application/search invoke per keystroke, dataset = field id.
          "choices.data": { type: "Data.Query", dataset: field.id },
          ...initialChoices(initial.map((o) => o.value)),
        },
      ];
    }
  }
}

function initialChoices(values: string[]): CardElement {
  return values.length > 0 ? { value: values.join(",") } : {};
}

export function renderChoice(option: Option): { title: string; value: string } {
  return { title: fitPlain(option.label, L.choiceTitle), value: option.value };
}

export function dateInputId(fieldId: string): string {
  return `${fieldId}.date`;
}

export function timeInputId(fieldId: string): string {
  return `${fieldId}.time`;
}

function zoneLabel(zone: string): string {
  return DateTime.now().setZone(zone).toFormat("ZZZZ");
}

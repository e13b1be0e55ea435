// The neutral form as a Slack modal. Titles, block counts and metadata are checked here; initial
// values typed by people earlier are shortened to the field's maximum.
import type { InputBlock, KnownBlock, ModalView, PlainTextOption, StaticSelect } from "@slack/types";
import type { Form, FormField, Option } from "../model.ts";
import { assertWithin, fitPlain, SLACK_LIMITS as L } from "./limits.ts";
import { renderRichText } from "./mrkdwn.ts";
import { blockIdOf } from "./read-form-state.ts";

export function renderForm(form: Form): ModalView {
  assertWithin("modal title", form.title.length, L.modalTitle);
  assertWithin("modal close", form.close.length, L.modalButton);
  if (form.submit !== undefined) assertWithin("modal submit", form.submit.length, L.modalButton);
  assertWithin("private_metadata", form.state.length, L.privateMetadata);
  assertWithin("callback_id", form.id.length, L.callbackId);

  const blocks: KnownBlock[] = form.items.map((item) => {
    // Slack wants a submit button on any view with input blocks; a read-only dialog that reloads
    // on a choice gets a plain menu instead, which reports the choice the same way.
    if (
      form.submit === undefined &&
      item.kind === "choice" &&
      item.notifyOnChange &&
      item.style === "select"
    ) {
      const element = renderChoice(item) as StaticSelect;
      return { type: "actions", block_id: blockIdOf(item), elements: [element] };
    }
    if (item.kind === "info") {
      return {
        type: "section",
        text: { type: "mrkdwn", text: renderRichText(item.text, L.sectionText), verbatim: true },
      };
    }
    if (item.kind === "divider") return { type: "divider" };
    return renderField(item);
  });
  assertWithin("modal blocks", blocks.length, L.modalBlocks);

  const view: ModalView = {
    type: "modal",
    callback_id: form.id,
    title: { type: "plain_text", text: form.title },
    close: { type: "plain_text", text: form.close },
    private_metadata: form.state,
    blocks,
  };
  if (form.submit !== undefined) view.submit = { type: "plain_text", text: form.submit };
  return view;
}

function renderField(field: FormField): InputBlock {
  assertWithin(`label of ${field.id}`, field.label.length, L.inputLabel);
  const blockId = blockIdOf(field);
  assertWithin("block_id", blockId.length, L.blockId);
  const block: InputBlock = {
    type: "input",
    block_id: blockId,
    optional: !field.required,
    label: { type: "plain_text", text: field.label },
    element: renderElement(field),
  };
  if (field.hint) block.hint = { type: "plain_text", text: fitPlain(field.hint, L.inputHint) };
  if ((field.kind === "choice" || field.kind === "lookup") && field.notifyOnChange)
    block.dispatch_action = true;
  return block;
}

function placeholder(text: string | undefined) {
  return text ? { placeholder: { type: "plain_text" as const, text: fitPlain(text, L.placeholder) } } : {};
}

function renderElement(field: FormField): InputBlock["element"] {
  const action_id = field.id;
  switch (field.kind) {
    case "text": {
      const max = Math.min(field.maxLength ?? L.inputMaxLength, L.inputMaxLength);
      return {
        type: "plain_text_input",
        action_id,
        multiline: field.multiline ?? false,
        max_length: max,
        ...placeholder(field.placeholder),
        ...(field.initial ? { initial_value: fitPlain(field.initial, max) } : {}),
      };
    }
    case "email":
      return {
        type: "email_text_input",
        action_id,
        ...placeholder(field.placeholder),
        ...(field.initial ? { initial_value: field.initial } : {}),
      };
    case "datetime":
      return {
        type: "datetimepicker",
        action_id,
        ...(field.initial ? { initial_date_time: Math.floor(field.initial.getTime() / 1000) } : {}),
      };
    case "date":
      return { type: "datepicker", action_id, ...(field.initial ? { initial_date: field.initial } : {}) };
    case "choice":
      return renderChoice(field);
    case "lookup": {
      const initial = (field.initial ?? []).map(renderOption);
      if (field.multiple) {
        return {
          type: "multi_external_select",
          action_id,
          min_query_length: field.minQueryLength,
          ...placeholder(field.placeholder),
          ...(initial.length > 0 ? { initial_options: initial } : {}),
        };
      }
      return {
        type: "external_select",
        action_id,
        min_query_length: field.minQueryLength,
        ...placeholder(field.placeholder),
        ...(initial[0] ? { initial_option: initial[0] } : {}),
      };
    }
  }
}

function renderChoice(field: Extract<FormField, { kind: "choice" }>): InputBlock["element"] {
  // Descriptions under options are shown in checkbox and radio groups, not in drop-downs.
  const options = field.options.map((o) =>
    renderOption(field.style === "select" ? { value: o.value, label: o.label } : o),
  );
  // Slack wants the initial options to be the very same objects as the listed ones.
  const initial = options.filter((o) => field.initial?.includes(o.value!));
  const action_id = field.id;
  if (field.style === "select") {
    assertWithin(`options of ${field.id}`, options.length, L.selectOptions);
    return {
      type: "static_select",
      action_id,
      options,
      ...(initial[0] ? { initial_option: initial[0] } : {}),
    };
  }
  assertWithin(`options of ${field.id}`, options.length, L.checkboxOptions);
  if (field.style === "radio") {
    return {
      type: "radio_buttons",
      action_id,
      options,
      ...(initial[0] ? { initial_option: initial[0] } : {}),
    };
  }
  return {
    type: "checkboxes",
    action_id,
    options,
    ...(initial.length > 0 ? { initial_options: initial } : {}),
  };
}

/** An option; its label may be people's text (a customer name), so it is shortened, never refused. */
export function renderOption(option: Option): PlainTextOption {
  assertWithin(`option value ${option.value}`, option.value.length, L.optionValue);
  const rendered: PlainTextOption = {
    text: { type: "plain_text", text: fitPlain(option.label, L.optionText), emoji: true },
    value: option.value,
  };
  if (option.hint) rendered.description = { type: "plain_text", text: fitPlain(option.hint, L.optionText) };
  return rendered;
}

// The limits of ../shared/PLATFORM.md, written independently of the bot's renderer so that a bug
// there cannot hide here. Returns one line per violation; the fake refuses what Slack would refuse.
type Json = Record<string, unknown>;

const LIMITS = {
  modalTitle: 24,
  modalBlocks: 100,
  privateMetadata: 3000,
  callbackId: 255,
  messageBlocks: 50,
  messageTextTotal: 12_000,
  sectionText: 3000,
  fields: 10,
  fieldText: 2000,
  header: 150,
  inputMaxLength: 3000,
  placeholder: 150,
  optionText: 75,
  optionValue: 75,
  selectOptions: 100,
  checkboxOptions: 10,
  buttonText: 75,
  actionsElements: 25,
  contextElements: 10,
  viewBytes: 250_000,
};

function textOf(value: unknown): string {
  return value && typeof value === "object" && typeof (value as Json).text === "string"
    ? ((value as Json).text as string)
    : "";
}

function checkOptions(where: string, options: unknown, max: number, problems: string[]): void {
  if (!Array.isArray(options)) return;
  if (options.length > max) problems.push(`${where}: ${options.length} options > ${max}`);
  for (const option of options as Json[]) {
    if (textOf(option.text).length > LIMITS.optionText)
      problems.push(`${where}: option text > ${LIMITS.optionText}`);
    if (typeof option.value === "string" && option.value.length > LIMITS.optionValue) {
      problems.push(`${where}: option value > ${LIMITS.optionValue}`);
    }
  }
}

function checkElement(where: string, element: Json, problems: string[]): void {
  const type = element.type;
  if (textOf(element.placeholder).length > LIMITS.placeholder) problems.push(`${where}: placeholder > 150`);
  if (type === "plain_text_input") {
    const max = element.max_length;
    if (typeof max === "number" && max > LIMITS.inputMaxLength)
      problems.push(`${where}: max_length ${max} > 3000`);
    const initial = element.initial_value;
    if (typeof initial === "string" && typeof max === "number" && initial.length > max) {
      problems.push(`${where}: initial_value longer than max_length`);
    }
  }
  if (type === "static_select" || type === "multi_static_select") {
    checkOptions(where, element.options, LIMITS.selectOptions, problems);
  }
  if (type === "checkboxes" || type === "radio_buttons")
    checkOptions(where, element.options, LIMITS.checkboxOptions, problems);
  if (type === "button" && textOf(element.text).length > LIMITS.buttonText)
    problems.push(`${where}: button text > 75`);
  for (const key of ["initial_option"] as const) {
    const initial = element[key] as Json | undefined;
    if (initial && Array.isArray(element.options)) {
      const found = (element.options as Json[]).some((o) => JSON.stringify(o) === JSON.stringify(initial));
      if (!found) problems.push(`${where}: initial_option is not one of the options`);
    }
  }
}

export function checkBlocks(blocks: unknown, surface: "message" | "modal"): string[] {
  const problems: string[] = [];
  if (!Array.isArray(blocks)) return ["blocks is not an array"];
  const max = surface === "modal" ? LIMITS.modalBlocks : LIMITS.messageBlocks;
  if (blocks.length > max) problems.push(`${blocks.length} blocks > ${max}`);
  const blockIds = new Set<string>();
  let totalText = 0;
  blocks.forEach((raw, i) => {
    const block = raw as Json;
    const where = `block ${i} (${String(block.type)})`;
    if (typeof block.block_id === "string") {
      if (blockIds.has(block.block_id)) problems.push(`${where}: duplicate block_id ${block.block_id}`);
      blockIds.add(block.block_id);
    }
    const text = textOf(block.text);
    totalText += text.length;
    switch (block.type) {
      case "header":
        if (text.length > LIMITS.header) problems.push(`${where}: header > 150`);
        break;
      case "section": {
        if (text.length > LIMITS.sectionText) problems.push(`${where}: text ${text.length} > 3000`);
        const fields = (block.fields ?? []) as Json[];
        if (fields.length > LIMITS.fields) problems.push(`${where}: ${fields.length} fields > 10`);
        for (const field of fields) {
          totalText += textOf(field).length;
          if (textOf(field).length > LIMITS.fieldText) problems.push(`${where}: field > 2000`);
        }
        if (!text && fields.length === 0) problems.push(`${where}: section without text or fields`);
        if (block.accessory) checkElement(where, block.accessory as Json, problems);
        break;
      }
      case "context": {
        const elements = (block.elements ?? []) as Json[];
        if (elements.length > LIMITS.contextElements) problems.push(`${where}: > 10 elements`);
        for (const element of elements) totalText += textOf(element).length;
        break;
      }
      case "actions": {
        const elements = (block.elements ?? []) as Json[];
        if (elements.length > LIMITS.actionsElements) problems.push(`${where}: > 25 elements`);
        const ids = elements.map((e) => e.action_id);
        if (new Set(ids).size !== ids.length) problems.push(`${where}: duplicate action_id`);
        for (const [j, e] of elements.entries()) checkElement(`${where} element ${j}`, e, problems);
        break;
      }
      case "input":
        if (surface !== "modal") problems.push(`${where}: input blocks belong in modals here`);
        if (!block.label || textOf(block.label).length > 2000)
          problems.push(`${where}: label missing or > 2000`);
        checkElement(where, block.element as Json, problems);
        break;
      case "divider":
        break;
      default:
        problems.push(`${where}: unexpected block type`);
    }
  });
  if (surface === "message" && totalText > LIMITS.messageTextTotal)
    problems.push(`msg_blocks_too_long: ${totalText}`);
  return problems;
}

export function checkView(view: unknown): string[] {
  const v = view as Json;
  const problems: string[] = [];
  if (v.type !== "modal") problems.push("view.type is not modal");
  for (const key of ["title", "submit", "close"] as const) {
    const length = textOf(v[key]).length;
    if (length > LIMITS.modalTitle) problems.push(`view.${key} is ${length} characters > 24`);
  }
  if (!textOf(v.title)) problems.push("view.title missing");
  const metadata = typeof v.private_metadata === "string" ? v.private_metadata : "";
  if (metadata.length > LIMITS.privateMetadata) problems.push("private_metadata > 3000");
  if (typeof v.callback_id === "string" && v.callback_id.length > LIMITS.callbackId)
    problems.push("callback_id > 255");
  if (Buffer.byteLength(JSON.stringify(v)) > LIMITS.viewBytes) problems.push("view > 250 kB");
  const hasInput = Array.isArray(v.blocks) && (v.blocks as Json[]).some((b) => b.type === "input");
  if (hasInput && !v.submit) problems.push("a view with inputs needs a submit button");
  return [...problems, ...checkBlocks(v.blocks, "modal")];
}

/** Options returned for an external select (block_suggestion response). */
export function checkOptionsResponse(body: unknown): string[] {
  const problems: string[] = [];
  const options = (body as Json)?.options;
  if (!Array.isArray(options)) return ["options response without options[]"];
  checkOptions("options response", options, LIMITS.selectOptions, problems);
  return problems;
}

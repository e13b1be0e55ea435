// One neutral form (dialog) model, like the message model beside it: features describe fields and
// their values; the Slack adapter renders a modal, a Teams adapter would render an Adaptive Card.
// Every field id is also the key of its value on submit and of its error.
import type { RichText } from "../messages/model.ts";

export interface Option {
  value: string;
  label: string;
  hint?: string;
}

interface FieldBase {
  id: string;
  /**
   * Changing the version makes the platform forget what was typed and show `initial` again (Slack
   * keeps input per block_id), e.g. when the dialog is reloaded for another customer.
   */
  version?: string;
  label: string;
  hint?: string;
  required: boolean;
}

export type FormField =
  | (FieldBase & {
      kind: "text";
      multiline?: boolean;
      placeholder?: string;
      maxLength?: number;
      initial?: string | null;
    })
  | (FieldBase & { kind: "email"; placeholder?: string; initial?: string | null })
  | (FieldBase & { kind: "datetime"; initial?: Date | null })
  /** A calendar day, submitted as "YYYY-MM-DD". */
  | (FieldBase & { kind: "date"; initial?: string | null })
  | (FieldBase & {
      kind: "choice";
      /** checkboxes/radio show every option; select is a drop-down (<= 100 options). */
      style: "checkboxes" | "radio" | "select";
      options: Option[];
      initial?: string[];
      /** Report a change at once (Slack dispatch_action), e.g. to reload the dialog for that choice. */
      notifyOnChange?: boolean;
    })
  | (FieldBase & {
      kind: "lookup";
      /** Options come from the server as the user types (Slack external select). */
      multiple: boolean;
      placeholder?: string;
      minQueryLength: number;
      initial?: Option[];
      /** Report a choice at once (Slack dispatch_action), e.g. to adapt the rest of the dialog. */
      notifyOnChange?: boolean;
    });

export type FormItem = FormField | { kind: "info"; text: RichText } | { kind: "divider" };

export interface Form {
  /** Routes the submission (Slack callback_id). */
  id: string;
  title: string;
  /** No submit button when absent: a read-only dialog. */
  submit?: string;
  close: string;
  items: FormItem[];
  /** Opaque state handed back on submit (Slack private_metadata). */
  state: string;
}

/** What a submitted form carries, by field id. */
export type FieldValue = string | string[] | Date | null;
export type FormValues = Record<string, FieldValue>;

/** Field errors by field id, already translated. */
export type FormErrors = Record<string, string>;

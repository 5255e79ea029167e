/**
 * The question fields and the error summary every form widget renders, GOV.UK's patterns in lit
 * templates: a label (or legend), a hint, the error message above the control, and the control tied to
 * all three with `aria-describedby`. Styles are `formStyles` (../styles/forms.ts).
 *
 * Ids follow the field's name, so a widget can move focus to any of them: `f-<name>` (the control, or
 * the fieldset of a choice question), `f-<name>-<index>` (each choice), `f-<name>-hint`, `f-<name>-error`.
 * The controls carry `name`, so one `@input` listener on the form learns which answer changed.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';

export interface FieldOptions {
  name: string;
  label: string;
  hint?: string;
  /** The error to show, already worded; none when the answer is fine. */
  error?: string;
  /** Said before the error by screen readers ("Error:"), hidden from sight. */
  errorPrefix: string;
  required?: boolean;
  /** More ids that describe the control (a note above it). */
  describedBy?: string;
}

export interface TextFieldOptions extends FieldOptions {
  value: string;
  type?: 'text' | 'email' | 'tel' | 'date';
  autocomplete?: string;
  short?: boolean;
  /** A textarea of this many rows instead of an input. */
  rows?: number;
  /** The earliest date a date field takes. */
  min?: string;
  /** Shown after the control (a character count). */
  after?: TemplateResult;
}

export interface Choice {
  value: string;
  label: string;
  hint?: string;
  /** A follow-up question shown under the choice while it is chosen (GOV.UK's conditional reveal). */
  reveal?: TemplateResult;
}

const describedBy = (options: FieldOptions, ...more: Array<string | undefined>) =>
  [options.describedBy, options.hint && `f-${options.name}-hint`, ...more, options.error && `f-${options.name}-error`].filter(Boolean).join(' ') || undefined;

const hint = (options: FieldOptions) => (options.hint ? html`<p class="hint" id="f-${options.name}-hint">${options.hint}</p>` : nothing);

const error = (options: FieldOptions) =>
  options.error
    ? html`<p class="error-message" id="f-${options.name}-error"><span class="visually-hidden">${options.errorPrefix}</span> ${options.error}</p>`
    : nothing;

const fieldClass = (options: FieldOptions) => (options.error ? 'field field--error' : 'field');

export function textField(options: TextFieldOptions): TemplateResult {
  const id = `f-${options.name}`;
  const invalid = options.error ? 'true' : undefined;
  const required = options.required ? 'true' : undefined;
  const control =
    options.rows !== undefined
      ? html`<textarea
          class="input"
          id=${id}
          name=${options.name}
          rows=${options.rows}
          .value=${live(options.value)}
          aria-describedby=${ifDefined(describedBy(options))}
          aria-invalid=${ifDefined(invalid)}
          aria-required=${ifDefined(required)}
        ></textarea>`
      : html`<input
          class=${options.short ? 'input input--short' : 'input'}
          id=${id}
          name=${options.name}
          type=${options.type ?? 'text'}
          min=${ifDefined(options.min)}
          autocomplete=${options.autocomplete ?? 'off'}
          spellcheck=${options.type === 'email' || options.type === 'tel' ? 'false' : 'true'}
          .value=${live(options.value)}
          aria-describedby=${ifDefined(describedBy(options))}
          aria-invalid=${ifDefined(invalid)}
          aria-required=${ifDefined(required)}
        />`;
  return html`<div class=${fieldClass(options)}>
    <label class="label" for=${id}>${options.label}</label>
    ${hint(options)} ${error(options)} ${control} ${options.after ?? nothing}
  </div>`;
}

export function selectField(options: FieldOptions & { value: string; choose: string; choices: readonly Choice[] }): TemplateResult {
  const id = `f-${options.name}`;
  return html`<div class=${fieldClass(options)}>
    <label class="label" for=${id}>${options.label}</label>
    ${hint(options)} ${error(options)}
    <select
      class="input"
      id=${id}
      name=${options.name}
      aria-describedby=${ifDefined(describedBy(options))}
      aria-invalid=${ifDefined(options.error ? 'true' : undefined)}
      aria-required=${ifDefined(options.required ? 'true' : undefined)}
    >
      <option value="" .selected=${options.value === ''}>${options.choose}</option>
      ${options.choices.map((choice) => html`<option value=${choice.value} .selected=${options.value === choice.value}>${choice.label}</option>`)}
    </select>
  </div>`;
}

/** Radios (one answer, `value` a string) or checkboxes (`value` a list) in a fieldset. */
export function choiceField(options: FieldOptions & { value: string | readonly string[]; choices: readonly Choice[] }): TemplateResult {
  const id = `f-${options.name}`;
  const multiple = Array.isArray(options.value);
  // A radio group is required as a whole (on the group); checkboxes are not marked one by one.
  return html`<fieldset
    class=${fieldClass(options)}
    id=${id}
    role=${ifDefined(multiple ? undefined : 'radiogroup')}
    aria-required=${ifDefined(options.required && !multiple ? 'true' : undefined)}
    aria-describedby=${ifDefined(describedBy(options))}
  >
    <legend class="label">${options.label}</legend>
    ${hint(options)} ${error(options)}
    <div class="choices">
      ${options.choices.map((choice, index) => {
        const choiceId = `${id}-${index}`;
        const checked = multiple ? options.value.includes(choice.value) : options.value === choice.value;
        return html`<div class="choice">
            <input
              id=${choiceId}
              type=${multiple ? 'checkbox' : 'radio'}
              name=${options.name}
              value=${choice.value}
              .checked=${live(checked)}
              aria-describedby=${ifDefined(choice.hint ? `${choiceId}-hint` : undefined)}
              aria-invalid=${ifDefined(options.error ? 'true' : undefined)}
            />
            <div>
              <label for=${choiceId}>${choice.label}</label>
              ${choice.hint ? html`<p class="hint" id="${choiceId}-hint">${choice.hint}</p>` : nothing}
            </div>
          </div>
          ${checked && choice.reveal ? html`<div class="conditional">${choice.reveal}</div>` : nothing}`;
      })}
    </div>
  </fieldset>`;
}

export interface SummaryError {
  /** The id of the control the link moves focus to. */
  target: string;
  message: string;
}

/**
 * "There is a problem" and a link per error, in the order of the questions. It takes focus when shown
 * (the caller focuses `.error-summary`); `onLink` moves focus to the control.
 */
export function errorSummary(heading: TemplateResult, errors: readonly SummaryError[], onLink: (target: string) => void): TemplateResult | typeof nothing {
  if (errors.length === 0) return nothing;
  return html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
    ${heading}
    <ul>
      ${errors.map(
        (item) =>
          html`<li>
            <a
              href="#${item.target}"
              @click=${(event: MouseEvent) => {
                event.preventDefault();
                onLink(item.target);
              }}
              >${item.message}</a
            >
          </li>`,
      )}
    </ul>
  </div>`;
}

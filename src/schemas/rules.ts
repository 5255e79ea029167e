/**
 * Rules the payload schemas share, written so the JSON Schemas generated from them
 * (.config/build-json-schemas.ts) check exactly what zod checks, in any language:
 * - every check runs on the value as sent, and a transform (trimming) comes after the checks, because a
 *   JSON Schema validator sees only the value as sent;
 * - lengths are counted in code points, as JSON Schema's `minLength` and `maxLength` count (zod's own
 *   length checks count UTF-16 units, so 120 emoji would be 240 for zod and 120 for everyone else);
 * - what JSON Schema can say but zod's converter cannot derive from a refinement (`uniqueItems`, `if` /
 *   `then`) is registered in `jsonSchemaRules`, next to the refinement that checks it.
 * Unknown properties are allowed and dropped: zod's objects strip them, the JSON Schemas leave
 * `additionalProperties` open, and a receiver stores only the properties the schema names.
 */
import * as z from 'zod/mini';
import { VISIBLE } from '../core/forms/checks.js';

/**
 * JSON Schema keywords for a schema, merged into what `z.toJSONSchema` derives from it (by the build's
 * `override`). A plain WeakMap, not a zod registry: the widgets that validate with these schemas in the
 * browser should not download a registry for the build's sake.
 */
export const jsonSchemaRules = /* @__PURE__ */ new WeakMap<object, Record<string, unknown>>();

/** Registers `rules` for `schema` and returns the schema. */
export function withJsonSchema<Schema extends object>(schema: Schema, rules: Record<string, unknown>): Schema {
  jsonSchemaRules.set(schema, rules);
  return schema;
}

/** At most `max` code points; with `required`, at least one character that trimming keeps. */
function chars(max: number, required: boolean) {
  return z.check<string>((ctx) => {
    const input = ctx.value;
    if ([...input].length > max) ctx.issues.push({ code: 'too_big', origin: 'string', maximum: max, inclusive: true, input });
    if (required && !VISIBLE.test(input)) ctx.issues.push({ code: 'too_small', origin: 'string', minimum: 1, inclusive: true, input });
  });
}

/** Text a person typed: at most `max` code points, not blank, stored trimmed. */
export const text = (max: number) => withJsonSchema(z.string().check(chars(max, true), z.trim()), { maxLength: max, pattern: VISIBLE.source });

/** Optional text a person typed: at most `max` code points, stored trimmed (blank becomes ''). */
export const optionalText = (max: number) => z.optional(withJsonSchema(z.string().check(chars(max, false), z.trim()), { maxLength: max }));

/** A string of at most `max` code points, not empty with `nonEmpty`, checked as sent (not trimmed). */
export const sized = (max: number, nonEmpty = false) => {
  const min = nonEmpty ? 1 : 0;
  return withJsonSchema(z.string().check(chars(max, false), z.minLength(min)), { minLength: min, maxLength: max });
};

/** An array of `min` to `max` strings, none given twice (`uniqueItems`). */
export const uniqueList = <Item extends z.ZodMiniType<string>>(item: Item, min: number, max: number) =>
  withJsonSchema(
    z.array(item).check(
      z.minLength(min),
      z.maxLength(max),
      // z.check, not z.refine: a refinement would bring zod's custom schema class into every widget.
      z.check<string[]>((ctx) => {
        if (new Set(ctx.value).size < ctx.value.length) ctx.issues.push({ code: 'custom', message: 'Each value may be given once.', input: ctx.value });
      }),
    ),
    { uniqueItems: true },
  );

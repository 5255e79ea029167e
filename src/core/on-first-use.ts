/**
 * Defers building a value, a zod schema above all, to the first call, and builds it once. zod builds a
 * schema by running its constructors for every field and check; done at import, that work ran while a
 * page evaluated the library, before any widget rendered, even on pages that never validate anything.
 * Wrap each schema in it with a `@__PURE__` mark, so bundles that never call it leave it out.
 */
export function onFirstUse<Value>(build: () => Value): () => Value {
  let value: Value | undefined;
  return () => (value ??= build());
}

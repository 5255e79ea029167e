/**
 * The id and version rules of content a host supplies (checklists, instruments) and of the answers the
 * widgets export. Plain patterns, no zod: the widgets check downloaded results with them without
 * loading a validator.
 */

/** Ids name form fields, storage keys and payload entries: letters, digits, `-` and `_` only. */
export const CONTENT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
/** A content version such as `1`, `2.1` or `2025-05`. */
export const CONTENT_VERSION_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

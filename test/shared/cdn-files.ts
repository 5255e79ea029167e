/**
 * The CDN build's folder as the Node scripts that serve it to Chromium see it (the end-to-end tests
 * and the render bench): which file a request path names, and never one outside dist/cdn.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** dist/cdn, with a trailing separator. */
export const CDN_DIR = fileURLToPath(new URL('../../dist/cdn/', import.meta.url));

/** The file under dist/cdn that a URL's path names; undefined when it is malformed, outside, missing or a folder. */
export function cdnFile(urlPath: string): string | undefined {
  let file: string;
  try {
    file = resolve(CDN_DIR, `.${decodeURIComponent(urlPath)}`);
  } catch {
    return undefined; // a malformed escape
  }
  return file.startsWith(CDN_DIR) && existsSync(file) && statSync(file).isFile() ? file : undefined;
}

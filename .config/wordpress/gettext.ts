/**
 * Translations for the WordPress plugin: reads a .po file (msgid / msgstr pairs, as the plugin's
 * languages/*.po are written) and writes the binary .mo that WordPress 6.1 loads (GNU gettext's format:
 * magic, the sorted original strings, their translations; no hash table, which is optional, but its
 * offset set where WordPress's reader expects it). Plural
 * forms and contexts are refused rather than half-supported: the plugin uses neither.
 */

export interface PoEntry {
  msgid: string;
  msgstr: string;
}

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' };

/** The text of a quoted .po string, its escapes resolved. */
function unquote(text: string, line: number): string {
  const match = /^"((?:[^"\\]|\\.)*)"$/.exec(text.trim());
  if (!match) throw new Error(`po line ${line}: expected a quoted string, found ${text.trim().slice(0, 40)}`);
  return match[1].replace(/\\(.)/g, (_, c: string) => {
    const resolved = ESCAPES[c];
    if (resolved === undefined) throw new Error(`po line ${line}: unknown escape \\${c}`);
    return resolved;
  });
}

/** Every entry of a .po file, the header (msgid "") included, in file order. */
export function parsePo(source: string): PoEntry[] {
  const entries: PoEntry[] = [];
  let current: { msgid?: string; msgstr?: string } = {};
  let field: 'msgid' | 'msgstr' | undefined;
  const finish = () => {
    if (current.msgid === undefined && current.msgstr === undefined) return;
    if (current.msgid === undefined || current.msgstr === undefined)
      throw new Error(`po: an entry lacks its msgid or msgstr (${current.msgid ?? current.msgstr})`);
    if (entries.some((entry) => entry.msgid === current.msgid)) throw new Error(`po: "${current.msgid}" is translated twice`);
    entries.push({ msgid: current.msgid, msgstr: current.msgstr });
    current = {};
    field = undefined;
  };
  source.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const text = raw.trim();
    if (text === '') return finish();
    if (text.startsWith('#')) return;
    const keyword = /^(msgid|msgstr|msgctxt|msgid_plural|msgstr\[\d+\])\s+(".*")$/.exec(text);
    if (keyword) {
      if (keyword[1] !== 'msgid' && keyword[1] !== 'msgstr') throw new Error(`po line ${line}: ${keyword[1]} is not supported`);
      if (keyword[1] === 'msgid' && current.msgstr !== undefined) finish();
      field = keyword[1];
      current[field] = unquote(keyword[2], line);
      return;
    }
    if (text.startsWith('"') && field) {
      current[field] += unquote(text, line);
      return;
    }
    throw new Error(`po line ${line}: cannot read "${text.slice(0, 40)}"`);
  });
  finish();
  return entries;
}

/** The .mo bytes for these entries (untranslated ones, with an empty msgstr, are left out). */
export function writeMo(entries: readonly PoEntry[]): Buffer {
  const kept = entries
    .filter((entry) => entry.msgid === '' || entry.msgstr !== '')
    .map((entry) => ({ id: Buffer.from(entry.msgid, 'utf8'), str: Buffer.from(entry.msgstr, 'utf8') }))
    .sort((a, b) => Buffer.compare(a.id, b.id));
  const count = kept.length;
  const headerSize = 28;
  const originalsAt = headerSize;
  const translationsAt = originalsAt + count * 8;
  let dataAt = translationsAt + count * 8;
  const tables = Buffer.alloc(count * 16);
  const strings: Buffer[] = [];
  const place = (bytes: Buffer, slot: number) => {
    tables.writeUInt32LE(bytes.length, slot);
    tables.writeUInt32LE(dataAt, slot + 4);
    strings.push(bytes, Buffer.from([0]));
    dataAt += bytes.length + 1;
  };
  kept.forEach((entry, index) => place(entry.id, index * 8));
  kept.forEach((entry, index) => place(entry.str, count * 8 + index * 8));
  const header = Buffer.alloc(headerSize);
  header.writeUInt32LE(0x950412de, 0);
  header.writeUInt32LE(0, 4); // revision
  header.writeUInt32LE(count, 8);
  header.writeUInt32LE(originalsAt, 12);
  header.writeUInt32LE(translationsAt, 16);
  header.writeUInt32LE(0, 20); // hash table size: none
  // Its offset still says where the tables end: WordPress's MO reader takes the translations table's
  // length from it (as GNU msgfmt writes the hash table right after the tables).
  header.writeUInt32LE(translationsAt + count * 8, 24);
  return Buffer.concat([header, tables, ...strings]);
}

/**
 * What packs the WordPress plugin, checked without a build: the zip writer and the .mo compiler (read
 * back by Python's own zipfile and gettext modules, an independent implementation of each format), the
 * list of files the zip takes, every string the PHP translates being in the Spanish .po (and nothing
 * else), and the plugin header agreeing with package.json.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePo, writeMo } from '../../.config/wordpress/gettext.js';
import { BUNDLED_PACKAGES, cdnFilesForPlugin, licensesText, zipEntries } from '../../.config/wordpress/pack.js';
import { crc32, zip } from '../../.config/wordpress/zip.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PLUGIN = join(root, 'src/cms/wordpress');
const python = spawnSync('python3', ['-c', 'import zipfile, gettext'], { encoding: 'utf8' }).status === 0;
const noPython = python ? false : 'python3 is not installed, and it is the independent reader these checks use';

/** Runs a Python snippet with a file's path as sys.argv[1] and returns what it printed, as JSON. */
function pythonReads(bytes: Buffer, script: string): unknown {
  const dir = mkdtempSync(join(tmpdir(), 'si-wordpress-pack-'));
  try {
    const file = join(dir, 'file');
    writeFileSync(file, bytes);
    const run = spawnSync('python3', ['-c', script, file], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    return JSON.parse(run.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the zip writer', () => {
  it('computes CRC-32 as zlib does', () => {
    assert.equal(crc32(Buffer.from('123456789')), 0xcbf43926);
    assert.equal(crc32(Buffer.alloc(0)), 0);
  });

  it('writes an archive Python reads back byte for byte, with folders, UTF-8 names and stored and deflated files', { skip: noPython }, () => {
    const text = Buffer.from('survivor-informed '.repeat(400));
    const random = randomBytes(300); // does not shrink: stored
    const archive = zip([
      { name: 'plugin/' },
      { name: 'plugin/assets/' },
      { name: 'plugin/readme.txt', data: text },
      { name: 'plugin/assets/noise.bin', data: random },
      { name: 'plugin/languages/año.txt', data: Buffer.from('sí') },
      { name: 'plugin/empty.txt', data: Buffer.alloc(0) },
    ]);
    const read = pythonReads(
      archive,
      `import sys, json, zipfile, hashlib
z = zipfile.ZipFile(sys.argv[1])
assert z.testzip() is None
print(json.dumps([[i.filename, i.compress_type, i.file_size, hashlib.sha256(z.read(i)).hexdigest(), i.external_attr >> 16, i.date_time[0]] for i in z.infolist()]))`,
    ) as Array<[string, number, number, string, number, number]>;
    const sha = (bytes: Buffer) =>
      spawnSync('python3', ['-c', 'import sys, hashlib; print(hashlib.sha256(sys.stdin.buffer.read()).hexdigest())'], { input: bytes })
        .stdout.toString()
        .trim();
    assert.deepEqual(
      read.map(([name, method, size]) => [name, method, size]),
      [
        ['plugin/', 0, 0],
        ['plugin/assets/', 0, 0],
        ['plugin/readme.txt', 8, text.length],
        ['plugin/assets/noise.bin', 0, random.length],
        ['plugin/languages/año.txt', 0, 3],
        ['plugin/empty.txt', 0, 0],
      ],
    );
    assert.equal(read[2][3], sha(text));
    assert.equal(read[3][3], sha(random));
    assert.deepEqual(
      read.map(([, , , , mode]) => mode),
      [0o040755, 0o040755, 0o100644, 0o100644, 0o100644, 0o100644],
    );
    assert.ok(read.every(([, , , , , year]) => year === 1980));
  });

  it('makes the same bytes from the same files', () => {
    const entries = [{ name: 'a/' }, { name: 'a/b.txt', data: Buffer.from('b') }];
    assert.deepEqual(zip(entries), zip(entries));
  });

  it('refuses a path that could land outside the plugin folder, and a name listed twice', () => {
    for (const name of ['../evil.php', '/etc/passwd', 'a/../../b', 'a\\b']) assert.throws(() => zip([{ name, data: Buffer.from('x') }]), /safe relative path/);
    assert.throws(() => zip([{ name: 'a' }, { name: 'a' }]), /listed twice/);
  });

  it('packs the plugin folder with every parent folder listed first', () => {
    const entries = zipEntries(
      new Map([
        ['survivor-informed-widgets.php', Buffer.from('<?php')],
        ['includes/class-urls.php', Buffer.from('<?php')],
        ['assets/loader.js', Buffer.from('')],
      ]),
    );
    assert.deepEqual(
      entries.map((entry) => entry.name),
      [
        'survivor-informed-widgets/',
        'survivor-informed-widgets/assets/',
        'survivor-informed-widgets/includes/',
        'survivor-informed-widgets/survivor-informed-widgets.php',
        'survivor-informed-widgets/includes/class-urls.php',
        'survivor-informed-widgets/assets/loader.js',
      ],
    );
  });

  it('takes the loader, its chunks and reserve.css from dist/cdn, not the one-file build or source maps', () => {
    assert.deepEqual(cdnFilesForPlugin(['survivor-informed-widgets.js', 'loader.js', 'forms-Ab12.js', 'reserve.css', 'loader.js.map', 'x.txt']), [
      'forms-Ab12.js',
      'loader.js',
      'reserve.css',
    ]);
  });
});

describe('licenses.txt', () => {
  it('carries the license of every package bundled in assets/, with its version', () => {
    const text = licensesText();
    for (const name of BUNDLED_PACKAGES) assert.match(text, new RegExp(`^${name.replace('/', '\\/')} \\d+\\.\\d+\\.\\d+$`, 'm'));
    assert.match(text, /BSD 3-Clause License/);
    assert.match(text, /MIT License/);
  });
});

describe('the Spanish translation', () => {
  const po = parsePo(readFileSync(join(PLUGIN, 'languages/survivor-informed-widgets-es_ES.po'), 'utf8'));
  const translated = new Map(po.map((entry) => [entry.msgid, entry.msgstr]));

  /** Every string the PHP passes to a translation function with the plugin's text domain. */
  function translatableStrings(): string[] {
    const files = readdirSync(join(PLUGIN, 'includes')).map((name) => join(PLUGIN, 'includes', name));
    const found = new Set<string>();
    for (const file of [...files, join(PLUGIN, 'survivor-informed-widgets.php')]) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/\b(?:__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e)\(\s*'((?:[^'\\]|\\.)*)'\s*,\s*'([^']+)'\s*\)/g)) {
        assert.equal(match[2], 'survivor-informed-widgets', `${file}: "${match[1]}" uses the text domain ${match[2]}`);
        found.add(match[1].replace(/\\(['\\])/g, '$1'));
      }
      assert.doesNotMatch(
        source,
        /\b(?:_n|_x|_nx|esc_html_x|esc_attr_x)\(/,
        `${file} uses plural or context functions, which the .mo compiler does not support`,
      );
    }
    const header = readFileSync(join(PLUGIN, 'survivor-informed-widgets.php'), 'utf8');
    for (const field of ['Plugin Name', 'Description']) found.add(new RegExp(`^ \\* ${field}:\\s+(.+)$`, 'm').exec(header)![1].trim());
    return [...found];
  }

  it('translates every string the plugin shows, and nothing it no longer has', () => {
    const strings = translatableStrings();
    assert.ok(strings.length > 60, `${strings.length} strings`);
    assert.deepEqual(
      strings.filter((text) => !translated.get(text)),
      [],
      'strings without a Spanish translation',
    );
    assert.deepEqual(
      [...translated.keys()].filter((id) => id !== '' && !strings.includes(id)),
      [],
      'translations of strings the PHP no longer has',
    );
  });

  it('keeps every placeholder of each string', () => {
    const placeholders = (text: string) => (text.match(/%(?:\d+\$)?[sd]/g) ?? []).sort();
    for (const { msgid, msgstr } of po) assert.deepEqual(placeholders(msgstr), placeholders(msgid), msgid);
  });

  it('addresses the reader as usted, not tú', () => {
    for (const { msgstr } of po) assert.doesNotMatch(msgstr, /\b(tú|tu|tus|puedes|escribe|elige|haz)\b/i, msgstr);
  });

  it('compiles to a .mo that Python’s gettext reads back', { skip: noPython }, () => {
    const read = pythonReads(
      writeMo(po),
      `import sys, json, gettext
t = gettext.GNUTranslations(open(sys.argv[1], 'rb'))
print(json.dumps({'charset': t.charset(), 'strings': t._catalog}, ensure_ascii=False))`,
    ) as { charset: string; strings: Record<string, string> };
    assert.equal(read.charset, 'UTF-8');
    for (const { msgid, msgstr } of po) if (msgid) assert.equal(read.strings[msgid], msgstr);
  });

  it('writes the .mo header as WordPress’s reader wants it: the hash table’s offset ends the translations table', () => {
    const mo = writeMo([
      { msgid: '', msgstr: 'Content-Type: text/plain; charset=UTF-8\n' },
      { msgid: 'b', msgstr: 'B' },
      { msgid: 'a', msgstr: 'A' },
    ]);
    const count = mo.readUInt32LE(8);
    assert.equal(mo.readUInt32LE(0), 0x950412de);
    assert.equal(count, 3);
    assert.equal(mo.readUInt32LE(12), 28);
    assert.equal(mo.readUInt32LE(16), 28 + count * 8);
    assert.equal(mo.readUInt32LE(24) - mo.readUInt32LE(16), count * 8, 'WordPress 6.1 refuses the file otherwise');
    const original = (index: number) =>
      mo.toString('utf8', mo.readUInt32LE(28 + index * 8 + 4), mo.readUInt32LE(28 + index * 8 + 4) + mo.readUInt32LE(28 + index * 8));
    assert.deepEqual([original(0), original(1), original(2)], ['', 'a', 'b'], 'originals sorted');
  });

  it('reads escapes and continued lines, and refuses what the compiler does not support', () => {
    assert.deepEqual(parsePo('msgid ""\n"a \\"b\\"\\n"\nmsgstr "c"\n"d"\n'), [{ msgid: 'a "b"\n', msgstr: 'cd' }]);
    assert.throws(() => parsePo('msgid "a"\nmsgid_plural "b"\nmsgstr[0] "c"\n'), /not supported/);
    assert.throws(() => parsePo('msgid "a"\nmsgstr "b"\n\nmsgid "a"\nmsgstr "c"\n'), /twice/);
  });
});

describe('the plugin header', () => {
  const header = readFileSync(join(PLUGIN, 'survivor-informed-widgets.php'), 'utf8');
  const field = (name: string) => new RegExp(`^ \\* ${name}:\\s+(.+)$`, 'm').exec(header)?.[1].trim();

  it('has the package’s version, in the header and in the VERSION constant', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    assert.equal(field('Version'), version);
    assert.match(header, new RegExp(`const VERSION = '${version.replace(/\./g, '\\.')}';`));
  });

  it('says what it needs: WordPress 6.1 and PHP 8.1, and its text domain', () => {
    assert.equal(field('Requires at least'), '6.1');
    assert.equal(field('Requires PHP'), '8.1');
    assert.equal(field('Text Domain'), 'survivor-informed-widgets');
    assert.equal(field('Domain Path'), '/languages');
  });
});

/**
 * The WordPress plugin on a real WordPress: `npm run e2e:wordpress` (after `npm run build`, which packs
 * dist/wordpress/survivor-informed-widgets.zip). It sets up WordPress 6.1 from Debian's packages with
 * MariaDB on loopback (./wordpress/site.ts), runs the demo receiver for the forms to post to, and in
 * the system Chromium:
 * - an Administrator uploads the zip through Plugins → Add New, activates it, and sets it up on its
 *   settings page (a refused endpoint, a wrong nonce and an Editor are all turned away);
 * - an Author, a Contributor and an Editor save posts with every shortcode, raw widget HTML and blocks
 *   through the REST API (what the block editor uses), and what each saved is checked;
 * - a visitor sees every widget rendered under a strict Content-Security-Policy, with nothing from
 *   another site; the banner's fallback with JavaScript off; and a request sent from the form stored by
 *   the receiver; an Editor sees a note on a widget with a mistake, a visitor does not;
 * - the site in Spanish; the plugin's own PHP tests inside WordPress (plugin-tests.php); and deleting
 *   the plugin from the Plugins screen, which removes its option.
 * With `--screenshots <folder>` it saves the pages at 360 and 1280 px, in English and Spanish.
 * Every service it starts it stops by its process id, and its folders are removed. One line per check;
 * the last line is `N passed, N failed`.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createDemoServer, type DemoServer } from '../../demo/app.js';
import { SubmissionStore } from '../../src/receiver/index.js';
import { CHROMIUM_ARGS, chromiumPath } from '../../.config/chromium.mjs';
import { ZIP_PATH } from '../../.config/wordpress/pack.js';
import { fillAndSendTaRequest, fillTaRequestToCheck } from './journeys.js';
import { AXE_TAGS } from '../shared/axe-tags.js';
import { WordPressSite, freePort, missingPackages } from './wordpress/site.js';

const TEN_SECONDS = 10_000;
const WIDGETS = ['si-hotline-banner', 'si-quick-exit', 'si-values-badge', 'si-checklist', 'si-ta-request', 'si-self-assessment'];

const screenshotsArg = process.argv.indexOf('--screenshots');
const screenshots = screenshotsArg > 0 ? resolve(process.argv[screenshotsArg + 1]) : undefined;
if (screenshots) mkdirSync(screenshots, { recursive: true });

const results: Array<{ name: string; error?: string }> = [];

async function check(name: string, run: () => Promise<void>): Promise<void> {
  try {
    await run();
    results.push({ name });
    console.log(`ok - ${name}`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    results.push({ name, error: message });
    console.log(`not ok - ${name}\n    ${message.replace(/\n/g, '\n    ')}`);
  }
}

function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

async function shot(page: Page, name: string): Promise<void> {
  if (screenshots) await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
}

/** What a visitor's page shows of the widgets, read in the page (a string: tsx's helpers do not exist there). */
const PROBE = `async (tags) => {
  const wait = (promise) => Promise.race([promise, new Promise((resolve) => setTimeout(resolve, 8000))]);
  // Every si-* element on the page, <si-config> too: the loader may define it after the widgets inside it.
  const elements = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('si-'));
  const present = [...new Set([...tags.filter((tag) => document.querySelector(tag)), ...elements.map((el) => el.localName)])];
  await Promise.all(present.map((tag) => wait(customElements.whenDefined(tag))));
  await Promise.all(elements.map((el) => wait(el.updateComplete)));
  const deep = (root, selector) => {
    const found = [];
    for (const el of root.querySelectorAll('*')) {
      if (el.matches(selector)) found.push(el);
      if (el.shadowRoot) found.push(...deep(el.shadowRoot, selector));
    }
    return found;
  };
  return elements.map((el) => ({
    tag: el.localName,
    defined: customElements.get(el.localName) !== undefined,
    rendered: !!el.shadowRoot && (el.shadowRoot.querySelector('*') !== null),
    parent: el.parentElement ? el.parentElement.localName : '',
    inConfig: el.closest('si-config') !== null,
    configMessages: el.shadowRoot ? deep(el.shadowRoot, '[part~="config-message"]').map((m) => m.textContent.replace(/\\s+/g, ' ').trim()) : [],
    fallbackShown: [...el.children].some((child) => child.classList.contains('si-fallback') && child.checkVisibility()),
  }));
}`;

interface Probed {
  tag: string;
  defined: boolean;
  rendered: boolean;
  parent: string;
  inConfig: boolean;
  configMessages: string[];
  fallbackShown: boolean;
}

async function probe(page: Page): Promise<Probed[]> {
  return page.evaluate(`(${PROBE})(${JSON.stringify(WIDGETS)})`) as Promise<Probed[]>;
}

function expectAllRendered(found: Probed[], tags: readonly string[]): void {
  for (const tag of tags)
    expect(
      found.some((el) => el.tag === tag),
      `no <${tag}> on the page`,
    );
  for (const el of found) {
    expect(el.defined && el.rendered, `<${el.tag}> was not upgraded and rendered`);
    expect(el.configMessages.length === 0, `<${el.tag}> shows a configuration message: ${el.configMessages.join(' | ')}`);
    expect(!el.fallbackShown, `<${el.tag}> still shows its fallback text after upgrading`);
    expect(el.parent !== 'p', `<${el.tag}> sits inside a <p> (wpautop)`);
  }
}

/** A visitor's page, recording every request and every problem the browser reports. */
async function visit(context: BrowserContext, url: string, origins: readonly string[]) {
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // WordPress 6.1 prints inline scripts (emoji detection, the skip link) that the strict CSP refuses:
    // WordPress's own, not the plugin's, which prints none.
    if (message.type() === 'error' && !/(Executing|Refused to execute) inline script/.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  const response = await page.goto(url);
  expect(response?.status() === 200, `${url} answered ${response?.status()}`);
  const found = await probe(page);
  const foreign = requests.filter((request) => !origins.some((origin) => request.startsWith(`${origin}/`)) && !request.startsWith('data:'));
  return { page, found, requests, problems, foreign };
}

const AXE = fileURLToPath(import.meta.resolve('axe-core/axe.min.js'));

/** axe's violations in the settings page's own content (`.wrap`; WordPress's menus and bar are not the plugin's). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = (await page.evaluate(
    `axe.run('.wrap', { runOnly: { type: 'tag', values: ${JSON.stringify(AXE_TAGS)} } }).then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`,
  )) as string[];
  return violations;
}

async function logIn(context: BrowserContext, site: WordPressSite, login: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${site.url}/wp-login.php`);
  await page.fill('#user_login', login);
  await page.fill('#user_pass', site.password);
  await Promise.all([page.waitForURL(/\/wp-admin\//), page.click('#wp-submit')]);
  return page;
}

function option(site: WordPressSite): Record<string, unknown> | false {
  return JSON.parse(site.cli('option.php')) as Record<string, unknown> | false;
}

interface RestPost {
  id: number;
  link: string;
  status: string;
  content: { raw: string; rendered: string };
}

async function savePost(site: WordPressSite, login: string, title: string, content: string, status = 'publish'): Promise<RestPost> {
  const created = await site.rest(login, 'POST', '/wp/v2/posts', { title, content, status });
  expect(created.status === 201, `${login} could not save "${title}": ${created.status} ${JSON.stringify(created.json).slice(0, 300)}`);
  const id = (created.json as RestPost).id;
  const read = await site.rest(login, 'GET', `/wp/v2/posts/${id}?context=edit`);
  return read.json as RestPost;
}

// ---- the posts -------------------------------------------------------------------------------------

const AUTHOR_SHORTCODES = `Juniper Hollow County trains and supports agencies that serve young people. Everything on this page works in English and Spanish.

[si_quick_exit skip-link]

[si_hotline_banner no-quick-exit]

[si_values_badge]

[si_checklist]

[si_ta_request lead-days="90"]If the form does not appear, call the program office at 555-0100 on weekdays.[/si_ta_request]

[si_self_assessment share="scores"]`;

const AUTHOR_RAW_HTML = `<si-hotline-banner preset="colorado" onclick="alert(1)">
<p class="si-fallback">Colorado Human Trafficking Hotline: call 866-455-5075, text 720-999-9724.</p>
</si-hotline-banner>

<si-values-badge variant="card" set="trauma-informed"></si-values-badge>

<si-ta-request lead-days="60">
<p slot="privacy">Requests go to the Juniper Hollow County program office only, and are deleted after one year.</p>
</si-ta-request>

<script>document.title = "raw script ran"</script>`;

const AUTHOR_BLOCKS = [
  '<!-- wp:survivor-informed-widgets/hotline-banner {"preset":"california","dismissible":true} /-->',
  '<!-- wp:paragraph --><p>Our commitments, and how we measure them.</p><!-- /wp:paragraph -->',
  '<!-- wp:survivor-informed-widgets/values-badge {"set":"trauma-informed","variant":"card"} /-->',
  '<!-- wp:survivor-informed-widgets/checklist {"set":"partnership"} /-->',
  '<!-- wp:survivor-informed-widgets/ta-request {"region":"CO","request-types":"training consultation"} /-->',
  '<!-- wp:survivor-informed-widgets/self-assessment /-->',
  '<!-- wp:survivor-informed-widgets/quick-exit /-->',
].join('\n\n');

const AUTHOR_MISTAKES = '[si_ta_request lead-days="soon" endpiont="https://intake.example.gov/"]';

// ---- the run ---------------------------------------------------------------------------------------

const missing = missingPackages();
if (missing.length || !existsSync(ZIP_PATH)) {
  if (missing.length) console.log(`not ok - WordPress is not installed here: apt-get install -y ${missing.join(' ')}`);
  if (!existsSync(ZIP_PATH)) console.log('not ok - dist/wordpress/survivor-informed-widgets.zip is missing: run `npm run build` first');
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}

const receiverPort = await freePort();
const receiverOrigin = `http://127.0.0.1:${receiverPort}`;
const site = new WordPressSite(receiverOrigin);
const receiverDir = mkdtempSync(join(tmpdir(), 'si-wordpress-receiver-'));
let receiver: DemoServer | undefined;
let store: SubmissionStore | undefined;
let browser: Browser | undefined;
let stopping = false;

async function stopEverything(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await browser?.close().catch(() => undefined);
  await receiver?.close().catch(() => undefined);
  await store?.close().catch(() => undefined);
  await site.stop();
  rmSync(receiverDir, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void stopEverything().then(() => process.exit(130));
  });
}

try {
  const started = Date.now();
  await site.start();
  store = await SubmissionStore.open({ dataDir: join(receiverDir, 'receiver') });
  receiver = await createDemoServer({
    port: receiverPort,
    store,
    allowedOrigins: [site.url],
    staticRoot: receiverDir,
    cdnRoot: receiverDir,
    log: () => undefined,
  });
  const endpoint = `${receiverOrigin}/api/submissions`;
  console.log(`# WordPress ${site.cli('version.php').trim()} at ${site.url}, MariaDB on ${site.socket}, receiver at ${endpoint} (${Date.now() - started} ms)`);
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const origins = [site.url, receiverOrigin];

  const adminContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const admin = await logIn(adminContext, site, 'admin');
  const settingsUrl = `${site.url}/wp-admin/options-general.php?page=survivor-informed-widgets`;

  await check('an Administrator uploads the zip in Plugins → Add New and activates it', async () => {
    await admin.goto(`${site.url}/wp-admin/plugin-install.php?tab=upload`);
    await admin.setInputFiles('#pluginzip', ZIP_PATH);
    await admin.click('#install-plugin-submit');
    await admin.getByText('Plugin installed successfully.').waitFor({ timeout: TEN_SECONDS * 3 });
    await admin.getByRole('link', { name: 'Activate Plugin' }).click();
    await admin.getByText('Plugin activated.').waitFor({ timeout: TEN_SECONDS });
    expect((await admin.locator('tr[data-slug="survivor-informed-widgets"].active').count()) === 1, 'the plugin is not listed as active');
    expect(existsSync(join(site.pluginsDir, 'survivor-informed-widgets/assets/loader.js')), 'the plugin folder has no assets/loader.js');
    const settingsLink = admin.locator('tr[data-slug="survivor-informed-widgets"] a', { hasText: 'Settings' });
    expect((await settingsLink.getAttribute('href'))?.endsWith('options-general.php?page=survivor-informed-widgets'), 'no Settings link on the Plugins screen');
  });

  await check('the settings page refuses an http endpoint, shows it again with the reason, and saves the other settings; axe finds nothing', async () => {
    await admin.goto(settingsUrl);
    await admin.fill('#siw-endpoint', 'http://intake.example.gov/api/submissions');
    await admin.fill('#siw-org', 'Juniper Hollow County');
    await admin.click('#submit');
    await admin.getByText('The endpoint was not saved, and the other settings were.').waitFor({ timeout: TEN_SECONDS });
    const field = admin.locator('#siw-endpoint');
    expect((await field.inputValue()) === 'http://intake.example.gov/api/submissions', 'the refused endpoint is not shown again');
    expect((await field.getAttribute('aria-invalid')) === 'true', 'the field is not marked invalid');
    expect((await field.getAttribute('aria-describedby'))?.includes('siw-endpoint-error'), 'the field is not tied to its error');
    expect((await admin.locator('#siw-endpoint-error').innerText()).includes('https://'), 'the error does not say what to enter');
    expect((await admin.locator('#siw-org').inputValue()) === 'Juniper Hollow County', 'the organization was not saved');
    const saved = option(site);
    expect(saved && saved.endpoint === '' && saved.org === 'Juniper Hollow County', `saved: ${JSON.stringify(saved)}`);
    const violations = await axeViolations(admin);
    expect(violations.length === 0, `axe, with the error shown: ${violations.join('; ')}`);
    await shot(admin, 'wordpress-settings-error-en-1280');
  });

  await check('the settings page saves the receiver as the endpoint', async () => {
    await admin.fill('#siw-endpoint', endpoint);
    await admin.click('#submit');
    await admin.getByText('Settings saved.').waitFor({ timeout: TEN_SECONDS });
    const saved = option(site);
    expect(saved && saved.endpoint === endpoint && saved.banner === false && saved.persist === '', `saved: ${JSON.stringify(saved)}`);
    await shot(admin, 'wordpress-settings-en-1280');
    await admin.setViewportSize({ width: 360, height: 800 });
    await shot(admin, 'wordpress-settings-en-360');
    await admin.setViewportSize({ width: 1280, height: 900 });
  });

  await check('options.php refuses the settings without a valid nonce', async () => {
    const answer = await admin.request.post(`${site.url}/wp-admin/options.php`, {
      form: {
        option_page: 'survivor_informed_widgets',
        action: 'update',
        _wpnonce: 'not-a-nonce',
        'survivor_informed_widgets[endpoint]': 'https://elsewhere.example/',
      },
      maxRedirects: 0,
    });
    expect(answer.status() === 403 && (await answer.text()).includes('The link you followed has expired.'), `options.php answered ${answer.status()}`);
    expect((option(site) as Record<string, unknown>).endpoint === endpoint, 'the endpoint changed');
  });

  const editorContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const editor = await logIn(editorContext, site, 'editor');

  await check('an Editor can neither open the settings page nor save its settings', async () => {
    const page = await editor.goto(settingsUrl);
    expect(page?.status() === 403, `the settings page answered ${page?.status()}`);
    expect((await editor.content()).includes('Sorry, you are not allowed to access this page.'), 'no refusal on the settings page');
    const answer = await editor.request.post(`${site.url}/wp-admin/options.php`, {
      form: { option_page: 'survivor_informed_widgets', action: 'update', _wpnonce: 'x', 'survivor_informed_widgets[endpoint]': 'https://elsewhere.example/' },
      maxRedirects: 0,
    });
    expect(answer.status() === 403 && (await answer.text()).includes('You need a higher level of permission.'), `options.php answered ${answer.status()}`);
    expect((option(site) as Record<string, unknown>).endpoint === endpoint, 'the endpoint changed');
  });

  // ---- what each role saves ----
  let shortcodesPost: RestPost | undefined;
  let rawPost: RestPost | undefined;
  let blocksPost: RestPost | undefined;
  let mistakesPost: RestPost | undefined;

  await check('an Author publishes a post with every shortcode, and it is saved exactly as written', async () => {
    shortcodesPost = await savePost(site, 'author', 'Training and support for agencies', AUTHOR_SHORTCODES);
    expect(shortcodesPost.status === 'publish', `status ${shortcodesPost.status}`);
    expect(shortcodesPost.content.raw === AUTHOR_SHORTCODES, `saved: ${shortcodesPost.content.raw}`);
    console.log(`#   the Author's saved post (${shortcodesPost.link}):\n#     ${shortcodesPost.content.raw.replace(/\n/g, '\n#     ')}`);
  });

  await check('an Author’s raw widget HTML keeps its si-* elements and attributes through kses; script and onclick are still removed', async () => {
    rawPost = await savePost(site, 'author', 'Our hotline and values', AUTHOR_RAW_HTML);
    const raw = rawPost.content.raw;
    for (const part of [
      '<si-hotline-banner preset="colorado">',
      '<si-values-badge variant="card" set="trauma-informed"></si-values-badge>',
      '<si-ta-request lead-days="60">',
      '<p slot="privacy">',
    ])
      expect(raw.includes(part), `the saved post lost ${part}: ${raw}`);
    expect(!raw.includes('<script') && !raw.includes('onclick'), `the saved post kept a script or an event handler: ${raw}`);
  });

  await check('a Contributor’s post waiting for review keeps its shortcodes and si-* elements', async () => {
    const pending = await savePost(site, 'contributor', 'For review', `${AUTHOR_RAW_HTML}\n\n[si_checklist set="partnership"]`, 'pending');
    expect(pending.status === 'pending', `status ${pending.status}`);
    expect(
      pending.content.raw.includes('<si-values-badge variant="card" set="trauma-informed">') &&
        pending.content.raw.includes('[si_checklist set="partnership"]'),
      pending.content.raw,
    );
    expect(!pending.content.raw.includes('<script'), 'a script was kept');
  });

  await check('an Author publishes the widgets as blocks; each is saved as its block comment', async () => {
    blocksPost = await savePost(site, 'author', 'Our commitments, as blocks', AUTHOR_BLOCKS);
    expect(blocksPost.content.raw === AUTHOR_BLOCKS, `saved: ${blocksPost.content.raw}`);
  });

  await check('an Editor’s raw HTML is kept as written (Editors have unfiltered_html on a single site)', async () => {
    const post = await savePost(site, 'editor', 'Editor’s raw HTML', '<si-quick-exit exit-url="https://www.weather.gov/"></si-quick-exit>', 'draft');
    expect(post.content.raw === '<si-quick-exit exit-url="https://www.weather.gov/"></si-quick-exit>', post.content.raw);
  });

  await check('an Author publishes a form with a misspelt attribute and a wrong value: the post saves as written', async () => {
    mistakesPost = await savePost(site, 'author', 'A form with mistakes', AUTHOR_MISTAKES);
    expect(mistakesPost.content.raw === AUTHOR_MISTAKES, mistakesPost.content.raw);
  });

  // ---- what visitors see ----
  const visitor = await browser.newContext({ viewport: { width: 1280, height: 900 } });

  await check(
    'a visitor sees every widget of the Author’s shortcodes rendered, inside one <si-config>, under a strict CSP, nothing from another site',
    async () => {
      expect(shortcodesPost, 'no post');
      const { page, found, problems, foreign, requests } = await visit(visitor, shortcodesPost.link, origins);
      expectAllRendered(found, WIDGETS);
      expect(problems.length === 0, problems.join('\n'));
      expect(foreign.length === 0, `requests to other sites: ${foreign.join(', ')}`);
      expect(
        found.every((el) => el.inConfig),
        'a widget is outside <si-config>',
      );
      expect((await page.locator('si-config').count()) === 1, 'not exactly one <si-config>');
      expect((await page.locator('si-config').getAttribute('endpoint')) === endpoint, 'the <si-config> does not carry the endpoint');
      expect((await page.locator('si-config').getAttribute('org')) === 'Juniper Hollow County', 'the <si-config> does not carry the organization');
      expect(
        (await page.locator('script[type="module"][src*="survivor-informed-widgets/assets/loader.js"]').count()) === 1,
        'the loader is not a module script of the plugin',
      );
      expect(
        (await page.locator('head link[rel="stylesheet"][href*="survivor-informed-widgets/assets/reserve.css"]').count()) === 1,
        'reserve.css is not in the head',
      );
      expect(!requests.some((request) => request.includes('survivor-informed-widgets.js')), 'the one-file build was loaded');
      const inline = (await page
        .locator('script:not([src])')
        .evaluateAll((scripts) => scripts.map((script) => script.id || script.textContent!.slice(0, 60)))) as string[];
      expect(!inline.some((script) => /survivor-informed|si-config|si-hotline/.test(script)), `the plugin printed an inline script: ${inline.join(' | ')}`);
      const csp = await page.evaluate('fetch(location.href).then((r) => r.headers.get("content-security-policy"))');
      expect(typeof csp === 'string' && csp.includes("script-src 'self'") && csp.includes('trusted-types lit-html'), `the page's CSP is ${csp}`);
      await page.getByRole('button', { name: 'Exit this page' }).first().waitFor({ timeout: TEN_SECONDS });
      await shot(page, 'wordpress-shortcodes-en-1280');
      await page.setViewportSize({ width: 360, height: 800 });
      await shot(page, 'wordpress-shortcodes-en-360');
      await page.close();
    },
  );

  await check(
    'with JavaScript off, the banner’s fallback shows the hotline’s numbers as links, 911, and a plain exit link; every widget says what it is',
    async () => {
      expect(shortcodesPost, 'no post');
      const noScript = await browser!.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
      const page = await noScript.newPage();
      await page.goto(shortcodesPost.link);
      const fallback = page.locator('si-hotline-banner > p.si-fallback').first();
      expect(await fallback.isVisible(), 'the banner’s fallback is not visible');
      const text = await fallback.innerText();
      expect(text.includes('National Human Trafficking Hotline') && text.includes('1-888-373-7888') && text.includes('911'), `the fallback says: ${text}`);
      expect((await fallback.locator('a[href="tel:+18883737888"]').count()) === 1, 'no tel: link to the hotline');
      expect((await fallback.locator('a[href="sms:233733"]').count()) === 1, 'no sms: link to the hotline');
      expect((await fallback.locator('a[href="tel:911"]').count()) === 1, 'no tel: link to 911');
      expect(await page.locator('si-quick-exit > p.si-fallback a[href="https://www.weather.gov/"]').isVisible(), 'no plain exit link');
      for (const tag of ['si-values-badge', 'si-checklist', 'si-ta-request', 'si-self-assessment']) {
        expect(await page.locator(`${tag} > .si-fallback`).first().isVisible(), `<${tag}> shows no fallback text`);
      }
      expect((await page.locator('si-ta-request > .si-fallback').innerText()).includes('555-0100'), 'the Author’s own fallback text is not used');
      await shot(page, 'wordpress-shortcodes-nojs-en-360');
      await noScript.close();
    },
  );

  await check('a request sent from the form on the Author’s page reaches the receiver, from that page', async () => {
    expect(shortcodesPost, 'no post');
    const page = await visitor.newPage();
    await page.goto(shortcodesPost.link);
    const reference = await fillAndSendTaRequest(page.locator('si-ta-request'));
    // Read back as the inbox would: the intake itself has no read route.
    const records = await store!.list();
    const record = records.find((entry) => entry.reference === reference);
    expect(record, `the receiver has no ${reference}: ${records.map((entry) => entry.reference).join(', ')}`);
    const envelope = record!.envelope as { source: { page: string }; data: { requesterName: string } };
    expect(record!.type === 'ta-request' && envelope.data.requesterName === 'Dana Reyes', JSON.stringify(envelope).slice(0, 300));
    expect(envelope.source.page === shortcodesPost.link, `sent from ${envelope.source.page}, not ${shortcodesPost.link}`);
    console.log(`#   the receiver stored ${reference} from ${envelope.source.page}`);
    await page.close();
  });

  await check('the Author’s raw HTML renders too: wpautop’s paragraphs are taken away, the fallback stays inside its element', async () => {
    expect(rawPost, 'no post');
    const { page, found, problems, foreign } = await visit(visitor, rawPost.link, origins);
    expectAllRendered(found, ['si-hotline-banner', 'si-values-badge', 'si-ta-request']);
    expect(problems.length === 0 && foreign.length === 0, [...problems, ...foreign].join('\n'));
    expect((await page.locator('si-hotline-banner > p.si-fallback').count()) === 1, 'the banner’s fallback is not inside the banner');
    expect((await page.locator('si-ta-request > p[slot="privacy"]').count()) === 1, 'the privacy text lost its slot');
    // The privacy text is shown on the form's check page, before Send.
    await fillTaRequestToCheck(page.locator('si-ta-request'));
    expect(await page.locator('si-ta-request').getByText('deleted after one year').isVisible(), 'the privacy slot is not shown on the check page');
    expect((await page.title()) !== 'raw script ran', 'the raw script ran');
    await page.close();
  });

  await check('the Author’s blocks render as the same widgets', async () => {
    expect(blocksPost, 'no post');
    const { page, found, problems, foreign } = await visit(visitor, blocksPost.link, origins);
    expectAllRendered(found, WIDGETS);
    expect(problems.length === 0 && foreign.length === 0, [...problems, ...foreign].join('\n'));
    expect((await page.locator('si-hotline-banner[preset="california"][dismissible]').count()) === 1, 'the banner block lost its attributes');
    await page.close();
  });

  await check('the block editor shows the Author each block as a placeholder, with its attributes in the sidebar', async () => {
    expect(blocksPost, 'no post');
    const authorContext = await browser!.newContext({ viewport: { width: 1280, height: 900 } });
    const author = await logIn(authorContext, site, 'author');
    await author.goto(`${site.url}/wp-admin/post.php?post=${blocksPost.id}&action=edit`);
    const blocks = author.locator('.wp-block[data-type^="survivor-informed-widgets/"]');
    await blocks.nth(5).waitFor({ timeout: TEN_SECONDS * 6 });
    expect((await blocks.count()) === 6, `${await blocks.count()} widget blocks in the editor`);
    expect(
      (await author.locator('.block-editor-warning').count()) === 0,
      await author
        .locator('.block-editor-warning')
        .first()
        .innerText()
        .catch(() => 'a block warning'),
    );
    expect(
      await author.locator('.components-placeholder__label', { hasText: 'Training and technical assistance request' }).isVisible(),
      'no placeholder for the request form',
    );
    await author.keyboard.press('Escape'); // the welcome guide, if it is open
    await author.locator('.wp-block[data-type="survivor-informed-widgets/ta-request"]').click();
    expect(await author.locator('.block-editor-block-inspector').getByLabel('region').isVisible(), 'the sidebar has no region field');
    expect((await author.locator('.block-editor-block-inspector').getByLabel('region').inputValue()) === 'CO', 'the region field does not show CO');
    await shot(author, 'wordpress-block-editor-en-1280');
    await authorContext.close();
  });

  await check('an Editor sees a note on a widget with a mistake, naming it; a visitor does not', async () => {
    expect(mistakesPost, 'no post');
    const seen = await visit(visitor, mistakesPost.link, origins);
    expect((await seen.page.locator('.si-wp-note').count()) === 0, 'a visitor sees the editors’ note');
    expect(seen.found.find((el) => el.tag === 'si-ta-request')?.configMessages.length === 1, 'the form does not show its own configuration message');
    await seen.page.close();
    await editor.goto(mistakesPost.link);
    const note = editor.locator('.si-wp-note');
    await note.waitFor({ timeout: TEN_SECONDS });
    const text = await note.innerText();
    expect(text.includes('lead-days="soon"') && text.includes('0 to 365') && text.includes('endpiont'), `the note says: ${text}`);
    await shot(editor, 'wordpress-editor-note-en-1280');
  });

  await check('a page without a widget gets none of the plugin’s files; with the banner setting on, every page shows the banner once', async () => {
    const hello = `${site.url}/hello-world/`;
    const before = await visit(visitor, hello, origins);
    expect(!before.requests.some((request) => request.includes('/plugins/survivor-informed-widgets/')), 'a page without widgets loaded the plugin’s files');
    await before.page.close();
    await admin.goto(settingsUrl);
    await admin.check('#siw-banner');
    await admin.selectOption('#siw-banner-preset', 'colorado');
    await admin.click('#submit');
    await admin.getByText('Settings saved.').waitFor({ timeout: TEN_SECONDS });
    const after = await visit(visitor, hello, origins);
    expectAllRendered(after.found, ['si-hotline-banner']);
    expect((await after.page.locator('si-hotline-banner').count()) === 1, 'not exactly one banner');
    expect((await after.page.locator('si-hotline-banner').getAttribute('preset')) === 'colorado', 'the banner is not the chosen hotline');
    expect((await after.page.locator('body > si-config > si-hotline-banner').count()) === 1, 'the banner is not first in the page’s <si-config>');
    await shot(after.page, 'wordpress-banner-everywhere-en-1280');
    await after.page.setViewportSize({ width: 360, height: 800 });
    await shot(after.page, 'wordpress-banner-everywhere-en-360');
    await after.page.close();
    const own = await visit(visitor, shortcodesPost!.link, origins);
    expect((await own.page.locator('si-hotline-banner').count()) === 1, 'a page with its own banner shows two');
    await own.page.close();
  });

  await check('in Spanish: the widgets, their fallback text and the settings page speak Spanish; axe finds nothing on the settings page', async () => {
    expect(shortcodesPost, 'no post');
    site.cli('configure.php', { language: 'es_ES', user_locales: { admin: 'es_ES' } });
    const { page, found } = await visit(visitor, shortcodesPost.link, origins);
    expectAllRendered(found, WIDGETS);
    expect((await page.getAttribute('html', 'lang')) === 'es-ES', 'the page is not in Spanish');
    await page.getByRole('button', { name: 'Salir de esta página' }).first().waitFor({ timeout: TEN_SECONDS });
    await page.locator('si-ta-request').getByRole('button', { name: 'Continuar' }).waitFor({ timeout: TEN_SECONDS });
    await shot(page, 'wordpress-shortcodes-es-1280');
    await page.setViewportSize({ width: 360, height: 800 });
    await shot(page, 'wordpress-shortcodes-es-360');
    await page.close();
    const noScript = await browser!.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(shortcodesPost.link);
    const fallback = await plain.locator('si-hotline-banner > p.si-fallback').first().innerText();
    expect(fallback.includes('llame al') && fallback.includes('Si está en peligro inmediato'), `the fallback says: ${fallback}`);
    await noScript.close();
    await admin.goto(settingsUrl);
    await admin.getByRole('heading', { name: 'Widgets informados por sobrevivientes' }).waitFor({ timeout: TEN_SECONDS });
    expect(await admin.getByText('Idioma de los widgets').first().isVisible(), 'the settings page is not in Spanish');
    expect(
      await admin.getByText('Seguir el idioma de cada página (en este sitio: Español)').isVisible(),
      'the language choice does not name the site’s language',
    );
    const violations = await axeViolations(admin);
    expect(violations.length === 0, `axe, in Spanish: ${violations.join('; ')}`);
    await shot(admin, 'wordpress-settings-es-1280');
    await admin.setViewportSize({ width: 360, height: 800 });
    await shot(admin, 'wordpress-settings-es-360');
    await admin.setViewportSize({ width: 1280, height: 900 });
    site.cli('configure.php', { language: '', user_locales: { admin: '' } });
  });

  await check('the plugin’s own tests inside WordPress pass (plugin-tests.php)', async () => {
    const lines = site
      .cli('plugin-tests.php', { endpoint })
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { name: string; ok: boolean; detail: string });
    for (const line of lines) console.log(`#   ${line.ok ? 'ok' : 'not ok'} - ${line.name}${line.ok ? '' : `: ${line.detail}`}`);
    expect(lines.length >= 15, `only ${lines.length} checks ran`);
    const failed = lines.filter((line) => !line.ok);
    expect(failed.length === 0, `${failed.length} of ${lines.length} failed: ${failed.map((line) => line.name).join('; ')}`);
  });

  await check('deleting the plugin on the Plugins screen runs its uninstall: its option is gone, and so are its files', async () => {
    await admin.goto(`${site.url}/wp-admin/plugins.php`);
    await admin.locator('#deactivate-survivor-informed-widgets').click();
    await admin.getByText('Plugin deactivated.').waitFor({ timeout: TEN_SECONDS });
    expect(option(site) !== false, 'the option went away on deactivation (it must stay until the plugin is deleted)');
    admin.once('dialog', (dialog) => void dialog.accept());
    await admin.locator('#delete-survivor-informed-widgets').click();
    await admin.getByText('Survivor-informed widgets was successfully deleted.').waitFor({ timeout: TEN_SECONDS * 3 });
    expect(option(site) === false, `the option is still there: ${JSON.stringify(option(site))}`);
    expect(!existsSync(join(site.pluginsDir, 'survivor-informed-widgets')), 'the plugin folder is still there');
  });

  await check('PHP logged no warning, notice or error from the plugin', async () => {
    const lines = site.pluginLogLines();
    expect(lines.length === 0, lines.slice(0, 10).join('\n'));
    const serverErrors = site.logs.filter((line) => /PHP (Warning|Fatal|Notice|Parse)/.test(line) && line.includes('survivor-informed-widgets'));
    expect(serverErrors.length === 0, serverErrors.join('\n'));
  });
} catch (error) {
  results.push({ name: 'the run', error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  console.log(`not ok - the run stopped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
} finally {
  await stopEverything();
}

const failed = results.filter((result) => result.error).length;
console.log(`\n${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;

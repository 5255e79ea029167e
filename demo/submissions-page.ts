/**
 * The /submissions page: what the receiver stored, read through the store (never through the intake,
 * which has no read route), rendered on the server into the page's own content
 * (demo/site/submissions.html, framed by layout.html). Everything that came from a request is escaped,
 * and invisible characters that could disguise it are shown as their code; the page needs no script.
 * The coordinator's signed-in inbox will replace this open page.
 */
import { revealInvisible, type Submission } from '../src/receiver/index.js';

/** Where the template takes the list. */
export const LIST_MARKER = '<!--submissions-->';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values, showing invisible characters. */
export function escapeHtml(text: string): string {
  return revealInvisible(text).replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

const timeFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export function renderSubmissionsPage(template: string, records: readonly Submission[]): string {
  const list = records.length === 0 ? '<p>Nothing has been received yet.</p>' : `<ol class="submissions">\n${records.map(renderRecord).join('\n')}\n</ol>`;
  return template.replace(LIST_MARKER, () => list);
}

function renderRecord(record: Submission): string {
  const data = (record.envelope.data ?? {}) as Record<string, unknown>;
  // Each widget names the organization its own way; show whichever one the payload has.
  const organization = [data.agency, data.organization, data.org].find((value) => typeof value === 'string');
  const receivedAt = record.receivedAt.toISOString();
  const received = `${timeFormat.format(record.receivedAt)} UTC`;
  return `<li class="submission">
  <h2>${escapeHtml(record.reference)}</h2>
  <dl>
    <dt>Type</dt><dd>${escapeHtml(record.type)}</dd>
    <dt>Received</dt><dd><time datetime="${escapeHtml(receivedAt)}">${escapeHtml(received)}</time></dd>${
      typeof organization === 'string' ? `\n    <dt>Organization</dt><dd><bdi>${escapeHtml(organization)}</bdi></dd>` : ''
    }
  </dl>
  <details>
    <summary>What was sent</summary>
    <pre>${escapeHtml(JSON.stringify(data, null, 2))}</pre>
  </details>
</li>`;
}

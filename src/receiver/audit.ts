/**
 * The inbox's audit log (`si_audit`): who signed in (and who failed to), which request they opened,
 * what they exported, changed and deleted, and what retention deleted. It names requests by their
 * reference only, never by what they said, and is itself deleted after `auditRetentionDays`.
 */
import type { Database } from './database.js';

export const AUDIT_ACTIONS = ['sign-in', 'sign-in-failed', 'sign-in-refused', 'sign-out', 'view', 'status', 'note', 'export', 'delete', 'retention'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  id: number;
  at: Date;
  /** The account that acted; null for the receiver itself (retention) or a name that is no account. */
  actor: string | null;
  action: AuditAction;
  reference: string | null;
  /** What changed (`new → scheduled`), how many were exported, how it signed in. */
  detail: string | null;
  address: string | null;
}

export type NewAuditEntry = Partial<Pick<AuditEntry, 'actor' | 'reference' | 'detail' | 'address'>> & { action: AuditAction };

function toEntry(row: Record<string, unknown>): AuditEntry {
  const text = (value: unknown) => (value === null || value === undefined ? null : String(value));
  return {
    id: Number(row.id),
    at: new Date(row.at as Date),
    actor: text(row.actor),
    action: String(row.action) as AuditAction,
    reference: text(row.reference),
    detail: text(row.detail),
    address: text(row.address),
  };
}

export class AuditLog {
  constructor(private readonly db: Database) {}

  async record(entry: NewAuditEntry): Promise<void> {
    await this.db.query('INSERT INTO si_audit (actor, action, reference, detail, address) VALUES ($1, $2, $3, $4, $5)', [
      entry.actor ?? null,
      entry.action,
      entry.reference ?? null,
      entry.detail ?? null,
      entry.address ?? null,
    ]);
  }

  /** Newest first. */
  async list({ limit = 50, offset = 0 }: { limit?: number; offset?: number } = {}): Promise<AuditEntry[]> {
    const rows = await this.db.query('SELECT id, at, actor, action, reference, detail, address FROM si_audit ORDER BY at DESC, id DESC LIMIT $1 OFFSET $2', [
      Math.max(1, Math.min(500, Math.floor(limit))),
      Math.max(0, Math.floor(offset)),
    ]);
    return rows.map(toEntry);
  }

  async count(): Promise<number> {
    const [row] = await this.db.query<{ count: number }>('SELECT count(*)::integer AS count FROM si_audit');
    return row.count;
  }

  /** Deletes entries older than `cutoff`; returns how many. */
  async deleteBefore(cutoff: Date): Promise<number> {
    const [row] = await this.db.query<{ count: number }>(
      'WITH gone AS (DELETE FROM si_audit WHERE at < $1::timestamptz RETURNING 1) SELECT count(*)::integer AS count FROM gone',
      [cutoff.toISOString()],
    );
    return row.count;
  }
}

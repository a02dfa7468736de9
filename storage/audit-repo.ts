import { auditEvent, type AuditEvent } from '../core/model/audit-event';
import { freshMeta } from '../core/model/record';
import { systemClock, type Clock } from './clock';
import type { CareFillDB } from './db';

export type AuditInput = Pick<AuditEvent, 'kind'> & Partial<Pick<AuditEvent, 'cadreId' | 'reason' | 'detail'>>;

/** The audit log: events are appended, validated, and read newest first. */
export class AuditRepo {
  constructor(
    private readonly db: CareFillDB,
    private readonly now: Clock = systemClock,
  ) {}

  async append(e: AuditInput): Promise<AuditEvent> {
    const at = this.now();
    const event = auditEvent.parse({ ...e, ...freshMeta(at), at });
    await this.db.audit.add(event);
    return event;
  }

  async latest(limit = 100): Promise<AuditEvent[]> {
    return this.db.audit.orderBy('at').reverse().limit(limit).toArray();
  }
}

import { EntitySchema, type Opt } from '@mikro-orm/core';

/** One change to one record: who, what, when. Written for every flushed change; never updated. */
export class AuditEntry {
  id!: string;
  /** The user who made the change; null for the system (jobs, seed). */
  actorId: string | null;
  action: 'CREATE' | 'UPDATE' | 'DELETE';
  entity: string;
  entityId: string;
  /** Changed fields with their new values (secrets left out). */
  changes: Record<string, unknown>;
  at: Date & Opt = new Date();

  constructor(
    actorId: string | null,
    action: AuditEntry['action'],
    entity: string,
    entityId: string,
    changes: Record<string, unknown>,
  ) {
    this.actorId = actorId;
    this.action = action;
    this.entity = entity;
    this.entityId = entityId;
    this.changes = changes;
  }
}

export const AuditEntrySchema = new EntitySchema<AuditEntry>({
  class: AuditEntry,
  tableName: 'audit_log',
  indexes: [
    { properties: ['at'] },
    { properties: ['entity', 'entityId'] },
    { properties: ['actorId', 'at'] },
  ],
  properties: {
    id: { type: 'bigint', primary: true, autoincrement: true },
    actorId: { type: 'uuid', nullable: true },
    action: { type: 'string', length: 16 },
    entity: { type: 'string', length: 64 },
    entityId: { type: 'string', length: 64 },
    changes: { type: 'json' },
    at: { type: 'Date', columnType: 'timestamptz', onCreate: () => new Date() },
  },
});

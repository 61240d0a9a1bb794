import { randomUUID } from 'node:crypto';
import { EntitySchema, type Opt } from '@mikro-orm/core';

/** A group of terms the search treats as equivalent; maintained by brokers, pushed to Meilisearch. */
export class SearchSynonym {
  id: string = randomUUID();
  terms: string[];
  updatedAt: Date & Opt = new Date();

  constructor(terms: string[]) {
    this.terms = terms;
  }
}

export const SearchSynonymSchema = new EntitySchema<SearchSynonym>({
  class: SearchSynonym,
  tableName: 'search_synonyms',
  properties: {
    id: { type: 'uuid', primary: true },
    terms: { type: 'json' },
    updatedAt: {
      type: 'Date',
      columnType: 'timestamptz',
      onCreate: () => new Date(),
      onUpdate: () => new Date(),
    },
  },
});

/**
 * The transactional outbox: every listing change writes a row in the same transaction; the sync worker
 * drains due rows to Meilisearch and marks them processed with the commit-to-searchable lag.
 */
export class SearchOutbox {
  id!: string;
  listingId: string;
  createdAt: Date & Opt = new Date();
  attempts: number & Opt = 0;
  nextAttemptAt: Date & Opt = new Date();
  lastError?: string | null = null;
  processedAt?: Date | null = null;
  lagMs?: number | null = null;

  constructor(listingId: string) {
    this.listingId = listingId;
  }
}

export const SearchOutboxSchema = new EntitySchema<SearchOutbox>({
  class: SearchOutbox,
  tableName: 'search_outbox',
  indexes: [{ properties: ['processedAt', 'nextAttemptAt'] }],
  properties: {
    id: { type: 'bigint', primary: true, autoincrement: true },
    listingId: { type: 'uuid', index: true },
    createdAt: { type: 'Date', columnType: 'timestamptz', onCreate: () => new Date() },
    attempts: { type: 'integer' },
    nextAttemptAt: { type: 'Date', columnType: 'timestamptz' },
    lastError: { type: 'text', nullable: true },
    processedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    lagMs: { type: 'integer', nullable: true },
  },
});

/** A member's saved search; with alerts on, a newly published listing that matches notifies them. */
export class SavedSearch {
  id: string = randomUUID();
  userId: string;
  name: string;
  query: string;
  where: Record<string, string[]>;
  alerts: boolean & Opt = true;
  createdAt: Date & Opt = new Date();
  lastAlertAt?: Date | null = null;

  constructor(userId: string, name: string, query: string, where: Record<string, string[]>) {
    this.userId = userId;
    this.name = name;
    this.query = query;
    this.where = where;
  }
}

export const SavedSearchSchema = new EntitySchema<SavedSearch>({
  class: SavedSearch,
  tableName: 'saved_searches',
  indexes: [{ properties: ['userId', 'createdAt'] }, { properties: ['alerts'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    userId: { type: 'uuid' },
    name: { type: 'string', length: 128 },
    query: { type: 'string', length: 500 },
    where: { type: 'json' },
    alerts: { type: 'boolean' },
    createdAt: { type: 'Date', columnType: 'timestamptz', onCreate: () => new Date() },
    lastAlertAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
  },
});

import { EntitySchema, type Opt, type Ref } from '@mikro-orm/core';
import { BaseEntity, BaseEntitySchema } from '../../platform/database/base';
import { User } from '../account/entities';
import { Listing } from '../listing/entities';

export const MATCH_STATUSES = ['PROPOSED', 'DISMISSED', 'INTRODUCED'] as const;
export type MatchStatus = (typeof MATCH_STATUSES)[number];

/** One criterion that scored, with its words in both languages. */
export interface MatchReasonData {
  criterion: 'SECTOR' | 'KEYWORDS' | 'TEXT' | 'MATURITY' | 'TRANSFER_FORM' | 'PRICE' | 'PROVINCE';
  vi: string;
  en: string;
  points: number;
}

/** A proposed request ↔ offer pairing with an explainable score; kept and updated, not recomputed per view. */
export class MatchProposal extends BaseEntity {
  request: Ref<Listing>;
  offer: Ref<Listing>;
  score: number;
  reasons: MatchReasonData[];
  status: MatchStatus & Opt = 'PROPOSED';
  dismissReason?: string | null = null;
  decidedBy?: Ref<User> | null = null;
  decidedAt?: Date | null = null;
  caseId?: string | null = null;

  constructor(request: Ref<Listing>, offer: Ref<Listing>, score: number, reasons: MatchReasonData[]) {
    super();
    this.request = request;
    this.offer = offer;
    this.score = score;
    this.reasons = reasons;
  }
}

export const MatchProposalSchema = new EntitySchema<MatchProposal, BaseEntity>({
  class: MatchProposal,
  extends: BaseEntitySchema,
  tableName: 'match_proposals',
  uniques: [{ properties: ['request', 'offer'] }],
  indexes: [{ properties: ['status', 'score'] }, { properties: ['offer'] }],
  properties: {
    request: { kind: 'm:1', entity: () => Listing, ref: true, deleteRule: 'cascade' },
    offer: { kind: 'm:1', entity: () => Listing, ref: true, deleteRule: 'cascade' },
    score: { type: 'integer' },
    reasons: { type: 'json' },
    status: { enum: true, items: () => [...MATCH_STATUSES] },
    dismissReason: { type: 'text', nullable: true },
    decidedBy: { kind: 'm:1', entity: () => User, ref: true, nullable: true, deleteRule: 'set null' },
    decidedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    caseId: { type: 'uuid', nullable: true },
  },
});

import { EntitySchema, type Opt, type Ref } from '@mikro-orm/core';
import { BaseEntity, BaseEntitySchema } from '../../platform/database/base';
import { User } from '../account/entities';
import { Organization } from '../organization/entities';

export const ATTACHMENT_KINDS = ['IMAGE', 'DOCUMENT'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/**
 * An uploaded image or PDF. The bytes live in the storage (local disk under the data folder by default),
 * under `storageKey`; images also have web-sized and thumbnail variants.
 */
export class Attachment extends BaseEntity {
  kind: AttachmentKind;
  organization: Ref<Organization>;
  uploadedBy: Ref<User>;
  fileName: string;
  contentType: string;
  byteSize: number;
  storageKey: string;
  /** Only brokers, the owner organisation's members and accepted interests may download it. */
  confidential: boolean & Opt = false;
  width?: number | null = null;
  height?: number | null = null;

  constructor(
    kind: AttachmentKind,
    organization: Ref<Organization>,
    uploadedBy: Ref<User>,
    fileName: string,
    contentType: string,
    byteSize: number,
    storageKey: string,
  ) {
    super();
    this.kind = kind;
    this.organization = organization;
    this.uploadedBy = uploadedBy;
    this.fileName = fileName;
    this.contentType = contentType;
    this.byteSize = byteSize;
    this.storageKey = storageKey;
  }
}

export const AttachmentSchema = new EntitySchema<Attachment, BaseEntity>({
  class: Attachment,
  extends: BaseEntitySchema,
  tableName: 'attachments',
  properties: {
    kind: { enum: true, items: () => [...ATTACHMENT_KINDS] },
    organization: { kind: 'm:1', entity: () => Organization, ref: true, index: true, deleteRule: 'cascade' },
    uploadedBy: { kind: 'm:1', entity: () => User, ref: true, index: true },
    fileName: { type: 'string', length: 256 },
    contentType: { type: 'string', length: 64 },
    byteSize: { type: 'integer' },
    storageKey: { type: 'string', length: 256, unique: true },
    confidential: { type: 'boolean' },
    width: { type: 'integer', nullable: true },
    height: { type: 'integer', nullable: true },
  },
});

import { Dexie, type EntityTable } from 'dexie';
import type { MessageChunk } from './messages';
import { declareVersions } from './migrations';
import type {
  ConversationRecord,
  CustomerRecord,
  ErasureRecord,
  EventRecord,
  IdentityRecord,
  NoteRecord,
  OutboxRecord,
  SettingsRow,
  TagRecord,
} from './schema';

export const DEFAULT_DB_NAME = 'care-sidebar';

/** IndexedDB implementation to use (tests pass fake-indexeddb's; the extension uses the browser's). */
export interface DbDeps {
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

/** The extension's local store on the extension origin. */
export class CareDb extends Dexie {
  customers!: EntityTable<CustomerRecord, 'id'>;
  identities!: EntityTable<IdentityRecord, 'id'>;
  conversations!: EntityTable<ConversationRecord, 'id'>;
  /** Messages, a thread's in a few rows (lib/db/messages.ts). */
  messageChunks!: EntityTable<MessageChunk, 'id'>;
  notes!: EntityTable<NoteRecord, 'id'>;
  tags!: EntityTable<TagRecord, 'id'>;
  events!: EntityTable<EventRecord, 'id'>;
  erasures!: EntityTable<ErasureRecord, 'id'>;
  outbox!: EntityTable<OutboxRecord, 'id'>;
  settings!: EntityTable<SettingsRow, 'id'>;

  constructor(name: string = DEFAULT_DB_NAME, deps: DbDeps = {}) {
    super(name, {
      ...(deps.indexedDB ? { indexedDB: deps.indexedDB, IDBKeyRange: deps.IDBKeyRange } : {}),
      // Everything here is re-read from the page or re-pushed from the outbox, so a commit need not
      // wait for the disk flush (Chromium's default waits; relaxed is what Firefox does anyway).
      chromeTransactionDurability: 'relaxed',
    });
    declareVersions(this);
  }
}

/** Opens (creating or upgrading) the local store. */
export function openDb(name: string = DEFAULT_DB_NAME, deps: DbDeps = {}): CareDb {
  return new CareDb(name, deps);
}

export * from './schema';
export { uuidv7 } from './ids';
export { LATEST_VERSION } from './migrations';
export * from './repo';

/** The repositories the sidebar, options page and background use. */
export {
  customerHistory,
  conversationClock,
  conversationClockInput,
  linkCustomers,
  linkedCustomerIds,
  unlinkCustomer,
  waitingList,
} from './customers';
export type { HistoryItem, StoredClockInput, WaitingItem } from './customers';
export { findCustomerForAuthor, messageKeys, recordConversation } from './conversations';
export type { RecordOptions, RecordResult } from './conversations';
export { addNote, addTag, deleteNote, editNote, listNotes, listTags, recordEvent, removeTag } from './annotations';
export type { NewEvent } from './annotations';
export { applyRetention, eraseCustomer } from './erase';
export type { RetentionResult } from './erase';
export { DEFAULT_SETTINGS, getSettings, saveSettings, SettingsError } from './settings';
export { exportAll, importAll, ImportError, EXPORT_FORMAT, EXPORT_VERSION } from './transfer';
export type { ExportFile, ImportResult } from './transfer';
export { threadKeyOf } from './identity';

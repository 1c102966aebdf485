// The `users` table's one owner: recording senders, the active flag, the time zone, export and delete.
export { type RecordedUser, recordUsers } from './record-users.js';
export {
  deactivateChat,
  loadUserTimeZone,
  lockUser,
  setUserActive,
  setUserTimeZone,
  usersUserData,
} from './users-store.js';

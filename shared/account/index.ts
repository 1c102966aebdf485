// /export and /deleteme, composed from each table owner's `exportForUser` / `deleteForUser`.
export { deleteUserData, exportUserData } from './account-data.js';
export { USER_DATA_OWNERS } from './owners.js';
export type { DeletionTarget, UserDataOwner } from './user-data-owner.js';

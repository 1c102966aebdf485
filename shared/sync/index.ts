export { deadLocalOwners, type LocalProcess, newLeaseOwner, pidIsAlive } from './lease-owner.js';
export { Wakeup } from './wakeup.js';

export { LeaseLoop, type LeaseLoopOptions } from './lease-loop.js';
export { deadLocalOwners, type LocalProcess, newLeaseOwner, pidIsAlive } from './lease-owner.js';
export { Wakeup } from './wakeup.js';

import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

/**
 * A lease owner id, `[prefix:]host:pid:random`, stored in a `locked_by` column. Host and pid let a
 * process restarted on the same host tell that the owner is dead ({@link deadLocalOwners}); the random
 * part tells apart two owners of one process.
 *
 * @example
 * newLeaseOwner(); // 'vm-1:4242:9f3a1c2e'
 * newLeaseOwner('reminder'); // 'reminder:vm-1:4242:07be55d1'
 */
export function newLeaseOwner(prefix?: string): string {
  const id = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  return prefix ? `${prefix}:${id}` : id;
}

/**
 * Whether a process with this pid exists on this host (EPERM: it exists but belongs to another user).
 *
 * @example
 * pidIsAlive(process.pid); // true
 */
export function pidIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Where the owners are judged; every field defaults to this process. */
export interface LocalProcess {
  readonly host?: string;
  readonly pid?: number;
  readonly isAlive?: (pid: number) => boolean;
}

/**
 * The owners (of {@link newLeaseOwner}'s form) that ran on this host in a process that no longer exists:
 * a kill -9 or an OOM kill, whose leases nobody will release or renew. Owners of other hosts, of live
 * processes, of this very process and ids of any other form are never returned, so a lease is only
 * ended early when its holder certainly cannot use it (a reused pid merely keeps the lease to its end).
 *
 * @example
 * deadLocalOwners(['vm-1:4242:ab', 'vm-2:7:cd'], { host: 'vm-1', isAlive: () => false }); // ['vm-1:4242:ab']
 */
export function deadLocalOwners(owners: readonly string[], local: LocalProcess = {}): string[] {
  const host = local.host ?? hostname();
  const self = local.pid ?? process.pid;
  const isAlive = local.isAlive ?? pidIsAlive;
  return owners.filter((owner) => {
    const parts = owner.split(':');
    if (parts.length < 3) return false;
    const pid = Number(parts[parts.length - 2]);
    const ownerHost = parts[parts.length - 3];
    return ownerHost === host && Number.isInteger(pid) && pid > 0 && pid !== self && !isAlive(pid);
  });
}

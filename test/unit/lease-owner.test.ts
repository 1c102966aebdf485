import assert from 'node:assert/strict';
import { hostname } from 'node:os';
import { describe, it } from 'node:test';
import { deadLocalOwners, newLeaseOwner, pidIsAlive } from '../../shared/sync/index.js';

describe('lease owners', () => {
  it('newLeaseOwner names this host and process, with an optional prefix', () => {
    assert.match(newLeaseOwner(), new RegExp(`^${hostname()}:${process.pid}:[0-9a-f]{8}$`));
    assert.match(
      newLeaseOwner('reminder'),
      new RegExp(`^reminder:${hostname()}:${process.pid}:[0-9a-f]{8}$`),
    );
    assert.notEqual(newLeaseOwner(), newLeaseOwner());
  });

  it('deadLocalOwners returns only owners on this host whose process is gone', () => {
    const alive = new Set([10, 11]);
    const local = { host: 'vm-1', pid: 11, isAlive: (pid: number) => alive.has(pid) };
    const owners = [
      'vm-1:20:aa', // dead, this host
      'reminder:vm-1:21:bb', // dead, with a prefix
      'vm-1:10:cc', // alive
      'vm-1:11:dd', // this very process (another worker in it)
      'vm-2:20:ee', // another host: its pid means nothing here
      'vm-10:20:ff', // a host whose name merely starts alike
      'w', // not of the form (tests, older versions)
      'vm-1:x:gg',
      'vm-1:-3:hh',
    ];
    assert.deepEqual(deadLocalOwners(owners, local), ['vm-1:20:aa', 'reminder:vm-1:21:bb']);
    assert.deepEqual(deadLocalOwners([], local), []);
  });

  it('pidIsAlive sees this process and not a pid beyond the kernel limit', () => {
    assert.equal(pidIsAlive(process.pid), true);
    assert.equal(pidIsAlive(2 ** 22 + 1), false);
  });
});

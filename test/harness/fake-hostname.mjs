// Preloaded (NODE_OPTIONS=--import) into app processes that play another machine in a test: os.hostname()
// answers RUNCOACH_FAKE_HOSTNAME, so lease owners (`host:pid:random`) and heartbeats name that host.
// syncBuiltinESMExports makes `import { hostname } from 'node:os'` see the replacement too.
import { syncBuiltinESMExports } from 'node:module';
import os from 'node:os';

const fake = process.env.RUNCOACH_FAKE_HOSTNAME;
if (fake) {
  os.hostname = () => fake;
  syncBuiltinESMExports();
}

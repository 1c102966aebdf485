// Node flags each app runs with, shared by ecosystem.config.cjs and the test/chaos/bench harnesses so
// that what is measured is what PM2 runs. Usage: `require('./scripts/node-args.cjs')('bot-poller')`.
//
// --max-semi-space-size: V8's young generation grows to 3 × 16 MB per process under load by default.
// Capping the semi-space at 2 MB keeps each app ~20–40 MB smaller for apps whose work is small and
// short-lived (more, but cheaper, scavenges). bot-poller is the exception: it handles every update and
// sends every reply, and at 2 MB it spent about a sixth of its CPU in scavenges; 8 MB cuts its CPU per
// update by ~15% (npm run bench) for about 15 MB more resident memory under load.
const DEFAULT_ARGS = ['--max-semi-space-size=1', '--optimize-for-size'];
const PER_APP = { 'bot-poller': ['--max-semi-space-size=8'] };

module.exports = (app) => PER_APP[app] ?? DEFAULT_ARGS;

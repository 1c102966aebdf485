// Node flags every app runs with, shared by ecosystem.config.cjs and the test/chaos/bench harnesses so
// that what is measured is what PM2 runs.
//
// --max-semi-space-size=2: V8's young generation grows to 3 × 16 MB per process under load by default;
// capping the semi-space at 2 MB keeps each app ~20–40 MB smaller for a bot whose requests are small
// and short-lived (more, but cheaper, scavenges).
module.exports = ['--max-semi-space-size=2'];

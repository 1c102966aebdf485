// `npm run read-workout -- <file> [--today YYYY-MM-DD] [--tz Area/City]`: what the bot would read from a
// screenshot or an activity file, as JSON (shared/vision/read-workout-cli.ts).
import { runReadWorkout } from '../shared/vision/read-workout-cli.js';

process.exitCode = await runReadWorkout(
  process.argv.slice(2),
  process.env,
  (line) => console.log(line),
  (line) => console.error(line),
);

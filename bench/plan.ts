/**
 * Plan-building speed: p50/p99 over random valid profiles (any lead time up to two years) and over 30-week
 * plans (target p99 < 5 ms). Prints numbers only; speed targets are never asserted in tests.
 * Run: `node --import tsx bench/plan.ts`, or call {@link runPlanBench} from `bench/run.ts`.
 */
import { pathToFileURL } from 'node:url';
import {
  buildPlan,
  checkPlan,
  fromDayNumber,
  type PlannerInput,
  planOrGate,
  toDayNumber,
} from '../shared/planner/index.js';

/** Small deterministic PRNG (mulberry32) so runs are comparable. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random valid profile; `leadDays` fixes the lead time, otherwise 1…731 days. */
function randomProfile(r: () => number, leadDays?: number): PlannerInput {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const today = toDayNumber('2025-01-01') + Math.floor(r() * 2000);
  const days = [1, 2, 3, 4, 5, 6, 7].filter(() => r() < 0.6);
  while (days.length < 2) {
    const d = 1 + Math.floor(r() * 7);
    if (!days.includes(d)) days.push(d);
  }
  days.sort((a, b) => a - b); // the profile schema keeps training days sorted
  const race = r() < 0.5 ? { distanceKm: pick([5, 10, 21.0975]), pace: 200 + r() * 300 } : undefined;
  return {
    today: fromDayNumber(today),
    raceDate: fromDayNumber(today + (leadDays ?? 1 + Math.floor(r() * 731))),
    goalDistanceKm: r() < 0.8 ? pick([5, 10, 21.0975, 42.195]) : 1 + r() * 249,
    gender: pick(['male', 'female', 'other'] as const),
    age: 15 + Math.floor(r() * 65),
    heightCm: 150 + Math.floor(r() * 50),
    weightKg: 45 + Math.floor(r() * 60),
    experience: pick(['beginner', 'intermediate', 'advanced'] as const),
    yearsRunning: Math.floor(r() * 20),
    weeklyVolumeKm: Math.floor(r() * 120),
    trainingDays: days,
    longRunDay: pick(days),
    recentRace: race
      ? { distanceKm: race.distanceKm, timeSeconds: Math.round(race.distanceKm * race.pace) }
      : undefined,
    units: pick(['km', 'mi'] as const),
  };
}

/**
 * Percentiles of a timing sample, in milliseconds.
 * @example const s: BenchStats = { count: 10000, p50: 0.2, p99: 0.9, max: 3.1 };
 */
export interface BenchStats {
  count: number;
  p50: number;
  p99: number;
  max: number;
}

function stats(samples: number[]): BenchStats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { count: s.length, p50: at(0.5), p99: at(0.99), max: s.at(-1)! };
}

function time(profiles: PlannerInput[], fn: (p: PlannerInput) => unknown): number[] {
  const out: number[] = [];
  for (const p of profiles) {
    const t0 = performance.now();
    fn(p);
    out.push(performance.now() - t0);
  }
  return out;
}

/**
 * Runs the benchmark and returns (and optionally prints) build and check timings.
 * @example const { build30 } = runPlanBench({ count: 10_000 }); console.log(build30.p99);
 */
export function runPlanBench(options: { count?: number; seed?: number; print?: boolean } = {}): {
  buildAny: BenchStats;
  build30: BenchStats;
  check30: BenchStats;
  gate30: BenchStats;
  gateRefused: BenchStats;
  weeksAny: { mean: number; max: number };
} {
  const count = options.count ?? 10_000;
  const r = rng(options.seed ?? 42);
  const any = Array.from({ length: count }, () => randomProfile(r));
  // 30 weeks: lead of 29 weeks + a few days, the week layout depends on the weekday of "today".
  const thirty = Array.from({ length: count }, () => randomProfile(r, 29 * 7 + Math.floor(r() * 7)));
  // Warm-up so the JIT has compiled the hot paths before timing.
  time(any.slice(0, 500), buildPlan);
  const weeks = any.map((p) => buildPlan(p).weeks.length);
  const buildAny = stats(time(any, buildPlan));
  const build30 = stats(time(thirty, buildPlan));
  const plans = thirty.map((p) => buildPlan(p));
  let i = 0;
  const check30 = stats(time(thirty, (p) => checkPlan(plans[i++]!, p)));
  // The product path: the feasibility gate, then (when feasible) the same single build.
  const gateTimes = time(thirty, planOrGate);
  const refused = thirty.map((p, k) => [p, k] as const).filter(([p]) => planOrGate(p).infeasible);
  const gate30 = stats(gateTimes.filter((_, k) => !refused.some(([, j]) => j === k)));
  // A refused goal also searches for the options (earliest date, shorter distance, finish): several builds.
  const gateRefused = stats(time(refused.map(([p]) => p).slice(0, 500), planOrGate));
  const result = {
    buildAny,
    build30,
    check30,
    gate30,
    gateRefused,
    weeksAny: { mean: weeks.reduce((a, b) => a + b, 0) / weeks.length, max: Math.max(...weeks) },
  };
  if (options.print ?? true) {
    const f = (s: BenchStats) =>
      `p50 ${s.p50.toFixed(3)} ms  p99 ${s.p99.toFixed(3)} ms  max ${s.max.toFixed(2)} ms`;
    console.log(
      `plan build, ${count} random profiles (mean ${result.weeksAny.mean.toFixed(1)} weeks, max ${result.weeksAny.max}): ${f(buildAny)}`,
    );
    console.log(`plan build, ${count} 30-week plans: ${f(build30)}  (target p99 < 5 ms)`);
    console.log(`plan check, ${count} 30-week plans: ${f(check30)}`);
    console.log(`gate + build, ${gate30.count} feasible 30-week goals: ${f(gate30)}`);
    console.log(`gate refusal with options, ${gateRefused.count} infeasible goals: ${f(gateRefused)}`);
  }
  return result;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runPlanBench();
}

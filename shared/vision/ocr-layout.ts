import type { OcrPage } from './ocr-engine.js';
import { parseOcrText } from './parse-ocr-text.js';
import type { WorkoutReading } from './workout-reading.js';

/**
 * Reads a workout from a recognised page.
 *
 * @example
 * readOcrLayout(page, '2025-03-05');
 */
export function readOcrLayout(page: OcrPage, referenceDate: string): WorkoutReading | undefined {
  return parseOcrText(page.text, referenceDate);
}

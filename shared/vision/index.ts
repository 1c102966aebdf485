// Workout screenshots and activity files (FIT/GPX/TCX): image checks, file parsers, reading (vision model or offline OCR), plausibility, the `vision`
// job handler, stored extractions and the result message with its buttons.
export {
  ActivityFileError,
  type ActivityFileKind,
  type ActivityFileProblem,
  type ActivityLap,
  type ActivitySummary,
  looksLikeActivityFile,
  MAX_ACTIVITY_FILE_BYTES,
  sportOf,
  summaryToReading,
} from './activity-summary.js';
export { applyEdit, type EditResult } from './apply-edit.js';
export { type DownloadArgs, downloadTelegramFile } from './download-file.js';
export {
  type ExtractionOutcome,
  type ExtractionStatus,
  insertExtraction,
  loadExtraction,
  type StoredExtraction,
  updateExtraction,
} from './extraction-store.js';
export { type ImageMime, MAX_IMAGE_BYTES, sniffImage } from './image-file.js';
export { readWithModel, type ScreenshotReading, userPrompt, VISION_SYSTEM_PROMPT } from './llm-extract.js';
export { answerToReading, parseClock, type VisionAnswer, visionAnswerSchema } from './llm-schema.js';
export { engLangPath, OcrEngine, type OcrPage, type OcrWord, ocrLanguages } from './ocr-engine.js';
export { readOcrLayout } from './ocr-layout.js';
export { parseOcrText } from './parse-ocr-text.js';
export { parseScreenshotDate } from './parse-screenshot-date.js';
export {
  checkPlausibility,
  MAX_DISTANCE_KM,
  MAX_PACE_SEC_PER_KM,
  MIN_DISTANCE_KM,
  MIN_PACE_SEC_PER_KM,
  type PlausibilityCode,
  type PlausibilityProblem,
} from './plausibility.js';
export { readActivityFile, sniffActivityFile } from './read-activity-file.js';
export { isFitFile, readFit } from './read-fit.js';
export { readGpx } from './read-gpx.js';
export { readTcx } from './read-tcx.js';
export { type ReadWorkoutOutput, runReadWorkout } from './read-workout-cli.js';
export { type ImageReader, type ReadContext, readWorkoutFile } from './read-workout-file.js';
export { type ConfirmOutcome, completionNote, confirmExtraction } from './record-extraction.js';
export {
  editKeyboard,
  editPrompt,
  renderReading,
  renderRejected,
  renderResult,
} from './render-result.js';
export { type RunnerLocale, readRunnerLocale } from './runner-locale.js';
export { type RejectReason, ScreenshotRejectedError, VisionModelError } from './screenshot-errors.js';
export {
  EDITABLE_FIELDS,
  type EditableField,
  encodeVisionAction,
  parseVisionAction,
  VISION_CALLBACK_PREFIX,
  type VisionAction,
  visionCallbacks,
} from './vision-callbacks.js';
export {
  createVisionJobHandler,
  VISION_MAX_ATTEMPTS,
  VISION_QUEUE,
  type VisionJobData,
  type VisionJobDeps,
  visionJobSchema,
  visionOnDead,
} from './vision-job.js';
export { createOcrReader, createVisionReader, type VisionReader } from './vision-reader.js';
export {
  ACTIVITY_TYPES,
  completeReading,
  type ReadingMethod,
  type WorkoutReading,
  workoutReadingSchema,
} from './workout-reading.js';

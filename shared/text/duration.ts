/**
 * Formats seconds (rounded to whole seconds) as `h:mm:ss`, or `m:ss` under an hour. Also used for paces
 * given as seconds per unit (`4:30` per km). A later locale goes into an optional trailing options object.
 *
 * @example
 * formatDuration(6330); // '1:45:30'
 * formatDuration(1197); // '19:57'
 * formatDuration(3600); // '1:00:00'
 */
export function formatDuration(totalSeconds: number): string {
  const s = Math.round(totalSeconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = twoDigits(s % 60);
  return h > 0 ? `${h}:${twoDigits(m)}:${sec}` : `${m}:${sec}`;
}

/**
 * Zero-pads a non-negative whole number to two digits (clock minutes and seconds, hours of the day).
 *
 * @example
 * twoDigits(7); // '07'
 * twoDigits(42); // '42'
 */
export function twoDigits(n: number): string {
  return String(n).padStart(2, '0');
}

/** Largest screenshot the vision app downloads (10 MB). @example file.size > MAX_IMAGE_BYTES; // refuse */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

/** Image types the vision app reads, recognised by content. @example const m: ImageMime = 'image/webp'; */
export type ImageMime = 'image/png' | 'image/jpeg' | 'image/webp';

const ACCEPTED = new Set<string>(['image/png', 'image/jpeg', 'image/webp']);

/**
 * Recognises a PNG, JPEG or WebP by its bytes (magic numbers), never by file name or declared type.
 * Returns undefined for anything else (text renamed `.png`, GIF, PDF…).
 *
 * @example
 * await sniffImage(pngBytes); // 'image/png'
 * await sniffImage(Buffer.from('hello')); // undefined
 */
export async function sniffImage(data: Uint8Array): Promise<ImageMime | undefined> {
  // Loaded on first use: of the apps, only vision sniffs.
  const { fileTypeFromBuffer } = await import('file-type');
  const type = await fileTypeFromBuffer(data);
  return type && ACCEPTED.has(type.mime) ? (type.mime as ImageMime) : undefined;
}

import { fileTypeFromBuffer } from 'file-type';

/** Largest screenshot the vision app downloads (10 MB). */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

/** Image types the vision app reads, recognised by content. */
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
  const type = await fileTypeFromBuffer(data);
  return type && ACCEPTED.has(type.mime) ? (type.mime as ImageMime) : undefined;
}

/** Document types (declared by name or MIME) that may be screenshots; the content decides later. */
const IMAGE_NAME = /\.(png|jpe?g|webp|gif|heic|heif|bmp|tiff?)$/i;

/**
 * True when a document claims to be an image (by MIME type or name). Only a hint for routing: the vision
 * job still checks the bytes with {@link sniffImage}.
 *
 * @example
 * looksLikeImageDocument({ mime_type: 'image/png', file_name: 'run.png' }); // true
 * looksLikeImageDocument({ mime_type: 'application/pdf', file_name: 'plan.pdf' }); // false
 */
export function looksLikeImageDocument(doc: { mime_type?: string; file_name?: string }): boolean {
  return (doc.mime_type ?? '').startsWith('image/') || IMAGE_NAME.test(doc.file_name ?? '');
}

import { extname } from 'node:path';
import { badRequest } from './errors.js';
import { type FileKind, makeFileId, makeFileUniqueId } from './ids.js';
import { imageSize } from './image-size.js';
import type { TgDocument, TgFile, TgPhotoSize } from './types.js';

/**
 * Bytes of one stored file variant (keyed by file_unique_id).
 *
 * @example
 * const b: StoredBlob = { uniqueId: 'AQAD…', kind: 'photo', data, mimeType: 'image/png', fileName: 'a.png', filePath: 'photos/file_0.png' };
 */
export interface StoredBlob {
  uniqueId: string;
  kind: FileKind;
  data: Buffer;
  mimeType: string;
  fileName: string;
  filePath: string;
  width?: number;
  height?: number;
}

/** Telegram's getFile download limit for bots (20 MB). */
export const MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024;

const PHOTO_BOXES = [90, 320, 800, 1280, 2560];

const MIME_BY_EXT: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.json': 'application/json',
  '.zip': 'application/zip',
  '.gpx': 'application/gpx+xml',
  '.fit': 'application/octet-stream',
};

/**
 * Guesses a MIME type from the file name (like Telegram, which trusts the name) or the upload's type.
 *
 * @example
 * guessMimeType('plan.pdf'); // 'application/pdf'
 */
export function guessMimeType(fileName: string, fallback = 'application/octet-stream'): string {
  return MIME_BY_EXT[extname(fileName).toLowerCase()] ?? fallback;
}

/**
 * Stores uploaded bytes and hands out bot-specific file_ids, like Telegram's file storage.
 * Downscaled photo sizes get their own ids and dimensions but share the original bytes (no resampling).
 *
 * @example
 * const store = new FileStore();
 * const sizes = store.addPhoto(botId, pngBytes, 'photo.png');
 * store.getFile(botId, sizes[0].file_id); // { file_path: 'photos/file_0.png', ... }
 */
export class FileStore {
  private readonly blobs = new Map<string, StoredBlob>();
  private readonly byPath = new Map<string, StoredBlob>();
  /** file_id → [bot id, unique id] */
  private readonly ids = new Map<string, { botId: number; uniqueId: string }>();
  private counter = 0;
  /** photo file_id → the whole PhotoSize set it belongs to */
  private readonly photoSets = new Map<string, TgPhotoSize[]>();

  private addBlob(
    kind: FileKind,
    data: Buffer,
    fileName: string,
    mimeType: string,
    dims?: { width: number; height: number },
  ): StoredBlob {
    const ext = extname(fileName).toLowerCase() || (kind === 'photo' ? '.jpg' : '');
    const filePath = `${kind === 'photo' ? 'photos' : 'documents'}/file_${this.counter++}${ext}`;
    const blob: StoredBlob = {
      uniqueId: makeFileUniqueId(),
      kind,
      data,
      mimeType,
      fileName,
      filePath,
      ...dims,
    };
    this.blobs.set(blob.uniqueId, blob);
    this.byPath.set(filePath, blob);
    return blob;
  }

  /** A new file_id for `botId` pointing at a blob. */
  issueId(botId: number, blob: StoredBlob): string {
    const id = makeFileId(blob.kind, botId);
    this.ids.set(id, { botId, uniqueId: blob.uniqueId });
    return id;
  }

  /**
   * Stores an image and returns Telegram-like PhotoSize variants (smallest first, original last).
   * Non-images → 400 `IMAGE_PROCESS_FAILED`.
   */
  addPhoto(botId: number, data: Buffer, fileName: string): TgPhotoSize[] {
    const dims = imageSize(data);
    if (!dims || dims.width === 0 || dims.height === 0) throw badRequest('IMAGE_PROCESS_FAILED');
    const mime = `image/${dims.type}`;
    const sizes: TgPhotoSize[] = [];
    const longest = Math.max(dims.width, dims.height);
    for (const box of PHOTO_BOXES) {
      if (box >= longest) break;
      const scale = box / longest;
      const w = Math.max(1, Math.round(dims.width * scale));
      const h = Math.max(1, Math.round(dims.height * scale));
      const blob = this.addBlob('photo', data, fileName, mime, { width: w, height: h });
      sizes.push({
        file_id: this.issueId(botId, blob),
        file_unique_id: blob.uniqueId,
        width: w,
        height: h,
        file_size: data.length,
      });
    }
    const original = this.addBlob('photo', data, fileName, mime, { width: dims.width, height: dims.height });
    sizes.push({
      file_id: this.issueId(botId, original),
      file_unique_id: original.uniqueId,
      width: dims.width,
      height: dims.height,
      file_size: data.length,
    });
    for (const s of sizes) this.photoSets.set(s.file_id, sizes);
    return sizes;
  }

  /** The PhotoSize set a photo file_id belongs to (for re-sending by file_id). */
  photoSet(fileId: string): TgPhotoSize[] | undefined {
    return this.photoSets.get(fileId.trim());
  }

  /** Stores any file as a Document. */
  addDocument(botId: number, data: Buffer, fileName: string, mimeType?: string): TgDocument {
    const mime = guessMimeType(
      fileName,
      mimeType && mimeType !== 'application/octet-stream' ? mimeType : undefined,
    );
    const blob = this.addBlob('document', data, fileName, mime);
    return {
      file_id: this.issueId(botId, blob),
      file_unique_id: blob.uniqueId,
      file_name: fileName,
      mime_type: mime,
      file_size: data.length,
    };
  }

  /** Resolves a file_id usable by `botId`; foreign or malformed ids → 400 like Telegram. */
  resolve(botId: number, fileId: string): StoredBlob {
    const ref = this.ids.get(fileId.trim());
    if (!ref || ref.botId !== botId) throw badRequest('wrong file identifier/HTTP URL specified');
    return this.blobs.get(ref.uniqueId)!;
  }

  /** Looks a blob up by file_id regardless of bot (user-side downloads). */
  blobByFileId(fileId: string): StoredBlob | undefined {
    const ref = this.ids.get(fileId);
    return ref ? this.blobs.get(ref.uniqueId) : undefined;
  }

  /** getFile: file_path for download; > 20 MB → 400 `file is too big`. */
  getFile(botId: number, fileId: string): TgFile {
    const blob = this.resolve(botId, fileId);
    if (blob.data.length > MAX_DOWNLOAD_BYTES) throw badRequest('file is too big');
    return {
      file_id: fileId.trim(),
      file_unique_id: blob.uniqueId,
      file_size: blob.data.length,
      file_path: blob.filePath,
    };
  }

  /** The blob at a download path. */
  byFilePath(filePath: string): StoredBlob | undefined {
    return this.byPath.get(filePath);
  }

  /** Drops everything. */
  clear(): void {
    this.blobs.clear();
    this.byPath.clear();
    this.ids.clear();
    this.photoSets.clear();
  }
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { projectRoot } from '../app/project-root.js';
import { LOCALES, type Locale } from './locale.js';

/**
 * A catalog file that Fluent could not read completely (a syntax error turns an entry into junk, which
 * Fluent skips silently), or a message id defined twice in one language.
 *
 * @example
 * throw new CatalogError('ru/profile.ftl', 'duplicate message profile-ask-age');
 */
export class CatalogError extends Error {
  override readonly name = 'CatalogError';
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
  }
}

/** One `.ftl` file as read: its locale, area (file name without `.ftl`) and parsed resource. */
export interface CatalogFile {
  readonly locale: Locale;
  readonly area: string;
  readonly path: string;
  readonly source: string;
  readonly resource: FluentResource;
}

/**
 * The folder of the catalogs, `shared/i18n/locales/<locale>/<area>.ftl`. Read from the source tree both
 * under tsx and from `dist/` (the build compiles TypeScript only; the `.ftl` files ship with the repo).
 *
 * @example
 * catalogDir(); // '/srv/bot/shared/i18n/locales'
 */
export function catalogDir(): string {
  return join(projectRoot(), 'shared', 'i18n', 'locales');
}

// An entry line of a message (`id =`), a term (`-id =`) never carries user text on its own.
const ENTRY_LINE = /^-?[a-zA-Z][\w-]*[ \t]*=/gm;

/**
 * Reads every catalog file of every locale. Throws {@link CatalogError} when a file has an entry Fluent
 * could not parse (the count of `id =` lines differs from the entries Fluent read).
 *
 * @example
 * const files = readCatalogFiles();
 * files.filter((f) => f.locale === 'ru').map((f) => f.area); // ['common', 'profile', …]
 */
export function readCatalogFiles(dir: string = catalogDir()): CatalogFile[] {
  const files: CatalogFile[] = [];
  for (const locale of LOCALES) {
    const folder = join(dir, locale);
    for (const name of readdirSync(folder)
      .filter((n) => n.endsWith('.ftl'))
      .sort()) {
      const path = join(folder, name);
      const source = readFileSync(path, 'utf8');
      const resource = new FluentResource(source);
      const declared = source.match(ENTRY_LINE)?.length ?? 0;
      if (declared !== resource.body.length) {
        throw new CatalogError(
          `${locale}/${name}`,
          `${declared} entries declared, ${resource.body.length} parsed (a syntax error)`,
        );
      }
      files.push({ locale, area: name.slice(0, -4), path, source, resource });
    }
  }
  return files;
}

/**
 * One Fluent bundle per locale with all its areas. `useIsolating` is off: the texts go to Telegram as
 * HTML, where Unicode isolation marks around every placeholder would only confuse copy-paste and tests.
 *
 * @example
 * const bundles = buildBundles(readCatalogFiles());
 * bundles.get('de')?.hasMessage('help-text'); // true
 */
export function buildBundles(files: readonly CatalogFile[]): Map<Locale, FluentBundle> {
  const bundles = new Map<Locale, FluentBundle>();
  for (const locale of LOCALES) bundles.set(locale, new FluentBundle(locale, { useIsolating: false }));
  for (const file of files) {
    const errors = bundles.get(file.locale)!.addResource(file.resource);
    if (errors.length > 0) throw new CatalogError(`${file.locale}/${file.area}.ftl`, errors.join('; '));
  }
  return bundles;
}

let loaded: Map<Locale, FluentBundle> | undefined;

/**
 * The process's bundles, read once on first use (a few kilobytes of text per language).
 *
 * @example
 * bundleFor('ru').getMessage('common-km');
 */
export function bundleFor(locale: Locale): FluentBundle {
  loaded ??= buildBundles(readCatalogFiles());
  return loaded.get(locale)!;
}

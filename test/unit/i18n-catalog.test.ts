import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { FluentResource } from '@fluent/bundle';
import { CatalogError, type CatalogFile, LOCALES, readCatalogFiles } from '../../shared/i18n/index.js';

// The catalog check: every language has every message (and attribute) of every area, each with exactly
// the placeholders English uses. A placeholder only one language knows is unknown to the code that
// passes the arguments; one a translation leaves out loses information. Selectors on a plural count
// (Russian one/few/many) are free to differ: only the variables referenced count.

type Entry = FluentResource['body'][number];
type Node = Entry['value'] | Entry['attributes'][string] | unknown;

function variablesOf(node: Node, into = new Set<string>()): Set<string> {
  if (node === null || typeof node !== 'object') return into;
  if (Array.isArray(node)) {
    for (const element of node) variablesOf(element, into);
    return into;
  }
  const expr = node as { type?: string; name?: string } & Record<string, unknown>;
  if (expr.type === 'var' && expr.name) into.add(expr.name);
  for (const [key, value] of Object.entries(expr))
    if (key !== 'type' && key !== 'name') variablesOf(value, into);
  return into;
}

/** `area/id` and `area/id.attr` → the placeholders of that pattern, for one locale. */
function shapeOf(files: readonly CatalogFile[], locale: string): Map<string, string> {
  const shape = new Map<string, string>();
  for (const file of files.filter((f) => f.locale === locale)) {
    for (const entry of file.resource.body) {
      const id = `${file.area}/${entry.id}`;
      shape.set(id, [...variablesOf(entry.value)].sort().join(','));
      for (const [attr, pattern] of Object.entries(entry.attributes)) {
        shape.set(`${id}.${attr}`, [...variablesOf(pattern)].sort().join(','));
      }
    }
  }
  return shape;
}

/** The problems of a set of catalog files, as sentences (empty when the catalogs agree). */
function catalogProblems(files: readonly CatalogFile[]): string[] {
  const problems: string[] = [];
  const english = shapeOf(files, 'en');
  const ids = new Map<string, string>();
  for (const file of files) {
    for (const entry of file.resource.body) {
      const where = `${file.locale}/${file.area}.ftl`;
      const before = ids.get(`${file.locale}:${entry.id}`);
      if (before) problems.push(`${where}: ${entry.id} already defined in ${before}`);
      ids.set(`${file.locale}:${entry.id}`, where);
    }
  }
  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    const shape = shapeOf(files, locale);
    for (const [id, vars] of english) {
      const theirs = shape.get(id);
      if (theirs === undefined) problems.push(`${locale}: ${id} is missing`);
      else if (theirs !== vars) {
        const mine = new Set(vars.split(',').filter(Boolean));
        const other = new Set(theirs.split(',').filter(Boolean));
        for (const v of other)
          if (!mine.has(v)) problems.push(`${locale}: ${id} uses unknown placeholder $${v}`);
        for (const v of mine)
          if (!other.has(v)) problems.push(`${locale}: ${id} leaves placeholder $${v} unused`);
      }
    }
    for (const id of shape.keys()) if (!english.has(id)) problems.push(`${locale}: ${id} is not in English`);
  }
  return problems;
}

function fixture(catalogs: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'catalog-'));
  for (const locale of LOCALES) mkdirSync(join(dir, locale));
  for (const [path, text] of Object.entries(catalogs)) writeFileSync(join(dir, path), text);
  return dir;
}

describe('message catalogs', () => {
  it('every language has every message with the placeholders English uses', () => {
    const files = readCatalogFiles();
    assert.ok(
      files.some((f) => f.locale === 'en'),
      'no English catalog found',
    );
    assert.deepEqual(catalogProblems(files), []);
    const areas = (locale: string) =>
      files
        .filter((f) => f.locale === locale)
        .map((f) => f.area)
        .join(',');
    for (const locale of LOCALES) assert.equal(areas(locale), areas('en'), `${locale} has other areas`);
  });

  it('the check catches a missing key, an unknown and an unused placeholder', () => {
    const dir = fixture({
      'en/a.ftl': 'hello = Hi { $name }\nbye = Bye\nsteps = { $count } steps from { $place }\n',
      'ru/a.ftl': 'hello = Привет { $nom }\nbye = Пока\nsteps = { $count } шагов\n',
      'es/a.ftl': 'hello = Hola { $name }\nsteps = { $count } pasos desde { $place }\n',
      'de/a.ftl': 'hello = Hallo { $name }\nbye = Tschüss\nsteps = { $count } Schritte von { $place }\n',
    });
    const problems = catalogProblems(readCatalogFiles(dir));
    assert.deepEqual(problems.sort(), [
      'es: a/bye is missing',
      'ru: a/hello leaves placeholder $name unused',
      'ru: a/hello uses unknown placeholder $nom',
      'ru: a/steps leaves placeholder $place unused',
    ]);
  });

  it('a syntax error in a catalog is reported, not silently skipped', () => {
    const dir = fixture({
      'en/a.ftl': 'ok = fine\nbroken = { $x\n',
      'ru/a.ftl': 'ok = хорошо\n',
      'es/a.ftl': 'ok = bien\n',
      'de/a.ftl': 'ok = gut\n',
    });
    assert.throws(() => readCatalogFiles(dir), CatalogError);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { expect } from 'vitest';
import { projectRoot } from '../helpers/content.js';

let validate: ValidateFunction | null = null;

/**
 * The vendored Adaptive Card 1.5 schema (draft-06, with a draft-04 style
 * top-level "id"), compiled once. Formats are not checked (no ajv-formats);
 * URLs are checked separately by the tests that make them.
 */
export function adaptiveCardValidator(): ValidateFunction {
  if (validate) return validate;
  const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
  const draft06 = read(join(projectRoot, 'node_modules', 'ajv', 'dist', 'refs', 'json-schema-draft-06.json'));
  const { id, ...schema } = read(join(projectRoot, 'vendor', 'schemas', 'adaptive-card-1.5.schema.json'));
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  ajv.addMetaSchema(draft06);
  const compiled = ajv.compile({ $id: id, ...schema });
  validate = compiled;
  return compiled;
}

export function cardErrors(card: unknown): string[] {
  const check = adaptiveCardValidator();
  if (check(card)) return [];
  return (check.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}

/** Every Action.Execute anywhere in a value (a card), found by walking it. */
export function executeActions(value: unknown): Array<Record<string, unknown>> {
  if (Array.isArray(value)) return value.flatMap(executeActions);
  if (typeof value !== 'object' || value === null) return [];
  const found = (value as { type?: unknown }).type === 'Action.Execute' ? [value as Record<string, unknown>] : [];
  return [...found, ...Object.values(value).flatMap(executeActions)];
}

/**
 * Every card is valid Adaptive Card 1.5, every link is a tel:, mailto: or
 * https: URL, and every Action.Execute has an Action.Submit fallback with the
 * same title and data (Universal Actions, for clients without Action.Execute).
 */
export function expectValidCards(cards: readonly unknown[]): void {
  expect(cards.length).toBeGreaterThan(0);
  for (const card of cards) {
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expect(cardErrors(card), JSON.stringify(card).slice(0, 400)).toEqual([]);
    for (const action of executeActions(card)) {
      expect(action.fallback).toEqual({ type: 'Action.Submit', title: action.title, data: action.data, ...(action.style ? { style: action.style } : {}) });
    }
    for (const url of JSON.stringify(card).match(/"url":"[^"]*"/g) ?? []) {
      expect(url).toMatch(/"url":"(tel:\+?\d+|mailto:[^@"]+@[^"]+|https?:\/\/[^"]+)"/);
    }
  }
}

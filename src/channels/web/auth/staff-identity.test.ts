import { describe, expect, it } from 'vitest';
import type { Content } from '../../../content/types.js';
import { roleLabels } from './staff-identity.js';

const content = {
  locales: { nl: { 'role.ib': 'intern begeleider' }, en: { 'role.ib': 'internal coach' }, fy: {} },
} as unknown as Content;

describe('roleLabels', () => {
  it('names a role in every language of locales/, and falls back to its id where a language lacks it', () => {
    expect(roleLabels(content, 'ib')).toEqual({ nl: 'intern begeleider', en: 'internal coach', fy: 'ib' });
    expect(roleLabels(content, 'conciërge')).toEqual({ nl: 'conciërge', en: 'conciërge', fy: 'conciërge' });
  });
});

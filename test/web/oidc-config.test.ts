import { describe, expect, it } from 'vitest';
import { assertSafeBind } from '../../src/app/safe-bind.js';
import { loadConfig, oidcSettings, trustsPageRole } from '../../src/config.js';
import { isWatnuError } from '../../src/errors.js';
import { projectRoot } from '../helpers/content.js';

const full = {
  OIDC_ISSUER: 'https://login.microsoftonline.com/tenant/v2.0',
  OIDC_CLIENT_ID: 'watnu',
  OIDC_CLIENT_SECRET: 's3cret',
  PUBLIC_URL: 'https://watnu.school.nl',
};

function problem(env: Record<string, string>): string {
  try {
    loadConfig(env, projectRoot);
  } catch (error) {
    if (isWatnuError(error, 'CONFIG_INVALID')) return error.message;
    throw error;
  }
  return '';
}

describe('OpenID Connect configuration', () => {
  it('is all or nothing, naming each missing variable', () => {
    const message = problem({ OIDC_ISSUER: full.OIDC_ISSUER });
    expect(message).toContain('OIDC_CLIENT_ID: required');
    expect(message).toContain('OIDC_CLIENT_SECRET: required');
    expect(message).toContain('PUBLIC_URL: required');
  });

  it('refuses non-URLs and plain http beyond loopback', () => {
    expect(problem({ ...full, OIDC_ISSUER: 'login.example' })).toContain('OIDC_ISSUER');
    expect(problem({ ...full, PUBLIC_URL: 'http://watnu.school.nl' })).toContain('PUBLIC_URL: must be https');
    expect(problem({ ...full, OIDC_ISSUER: 'http://idp.school.nl' })).toContain('OIDC_ISSUER: must be https');
    expect(problem({ ...full, OIDC_ISSUER: 'http://127.0.0.1:4000', PUBLIC_URL: 'http://127.0.0.1:3978' })).toBe('');
  });

  it('when complete, replaces WEB_SHARED_SECRET for binding beyond loopback', () => {
    const config = loadConfig({ ...full, HOST: '0.0.0.0', TEAMS_ENABLED: '0' }, projectRoot);
    expect(oidcSettings(config)?.publicUrl.href).toBe('https://watnu.school.nl/');
    expect(() => assertSafeBind(config)).not.toThrow();
    expect(() => assertSafeBind(loadConfig({ HOST: '0.0.0.0', TEAMS_ENABLED: '0' }, projectRoot))).toThrow(/OIDC_ISSUER/);
  });

  it('the page-chosen role is believed only in loopback development mode', () => {
    expect(trustsPageRole(loadConfig({ HOST: '127.0.0.1' }, projectRoot))).toBe(true);
    expect(trustsPageRole(loadConfig({ HOST: '0.0.0.0', WEB_SHARED_SECRET: 'k', TEAMS_ENABLED: '0' }, projectRoot))).toBe(false);
    expect(trustsPageRole(loadConfig({ ...full, OIDC_ISSUER: 'http://127.0.0.1:4000', PUBLIC_URL: 'http://127.0.0.1:3978' }, projectRoot))).toBe(false);
  });
});

import { WatnuError } from '../../errors.js';

/**
 * The JWKS URI named by an OpenID metadata document (BOT_OPENID_METADATA_URL,
 * tests on loopback). The Teams SDK does not read the metadata document: it
 * derives the keys URI from the metadata URL by replacing a trailing
 * `/openidconfiguration` with `/keys` (teams.apps dist/middleware/auth/
 * inbound-activity-token-validator.js, `openIdMetadataToKeysUri`), which fits
 * only Microsoft's own URL. So WatNu reads `jwks_uri` itself and hands the
 * SDK that URI, which it then uses unchanged.
 */
export async function jwksUriOf(metadataUrl: string): Promise<string> {
  const response = await fetch(metadataUrl);
  const body = (await response.json().catch(() => ({}))) as { jwks_uri?: unknown };
  if (!response.ok || typeof body.jwks_uri !== 'string') {
    throw new WatnuError('CONFIG_INVALID', `BOT_OPENID_METADATA_URL ${metadataUrl} did not answer an OpenID metadata document with a jwks_uri`, ['BOT_OPENID_METADATA_URL']);
  }
  return body.jwks_uri;
}

import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

const uris = new Map<string, string>();

/** `tel:` link for a Dutch number as the plan prints it; short numbers (112) stay as dialled. */
export function telUri(number: string): string {
  let uri = uris.get(number);
  if (uri === undefined) {
    const compact = number.replace(/[\s-]/g, '');
    uri = /^\d{3}$/.test(compact) ? `tel:${compact}` : (parsePhoneNumberFromString(number, 'NL')?.getURI() ?? `tel:${compact}`);
    uris.set(number, uri);
  }
  return uri;
}

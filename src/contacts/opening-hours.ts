import OpeningHours from 'opening_hours';

/**
 * Dutch public holidays for `PH off`: opening_hours picks holidays by country
 * (the Netherlands has no regional ones), so one location serves every school.
 */
const netherlands = { lat: 52.16, lon: 4.49, address: { country_code: 'nl', state: 'Zuid-Holland' } };

const compiled = new Map<string, OpeningHours>();

/** Parses an OpenStreetMap opening_hours value once and reuses it; throws on invalid syntax. */
export function compileHours(value: string): OpeningHours {
  let hours = compiled.get(value);
  if (!hours) {
    hours = new OpeningHours(value, netherlands);
    compiled.set(value, hours);
  }
  return hours;
}

const problems = new Map<string, string | null>();

/** Why a value is not clean opening_hours syntax (parse error or warning), or null when it is. Checked once per value: every school on a plan repeats the template's hours. */
export function hoursProblem(value: string): string | null {
  if (problems.has(value)) return problems.get(value)!;
  let problem: string | null;
  try {
    const warnings = new OpeningHours(value, netherlands).getWarnings();
    problem = warnings.length > 0 ? warnings.join('; ') : null;
  } catch (error) {
    problem = String(error instanceof Error ? error.message : error).trim();
  }
  problems.set(value, problem);
  return problem;
}

import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const logDir = join(import.meta.dirname, '..', 'test-output', 'logs');

/**
 * Pupil references and message texts the test suite types into the bot.
 * None of them may appear in any log line at info level or above.
 */
export const logCanaries = [
  'S.V.', 'S.d.V.', 'A.B.', 'K.L.', 'Q.Z.', 'X.Y.', 'W.V.', 'Q.Q.',
  'Sanne de Vries', 'CANARY-7F3A',
  'blauwe plekken', 'er is een leerling overleden', 'ouders klas 6 gebeld', 'Marieke (groepsleerkracht 6)',
  'Overlijden leerling groep 6',
];

export function scanLogs(dir = logDir): string[] {
  if (!existsSync(dir)) return [];
  const findings: string[] = [];
  for (const file of readdirSync(dir)) {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n').filter(Boolean);
    for (const line of lines) {
      let level = 30;
      try {
        level = (JSON.parse(line) as { level?: number }).level ?? 30;
      } catch {
        /* a non-JSON line is checked as text */
      }
      if (level < 30) continue;
      for (const canary of logCanaries) if (line.includes(canary)) findings.push(`${file}: "${canary}" in ${line.slice(0, 200)}`);
    }
  }
  return findings;
}

export function setup(): () => void {
  rmSync(logDir, { recursive: true, force: true });
  return () => {
    const findings = scanLogs();
    if (findings.length > 0) {
      throw new Error(`Privacy: pupil data or message text in logs at info level:\n${findings.slice(0, 20).join('\n')}`);
    }
    console.log(`privacy log scan: ${existsSync(logDir) ? readdirSync(logDir).length : 0} log files, no pupil data or message text at info level`);
  };
}

import { z } from 'zod';

/**
 * Where a step, contact or role comes from: the seed document, the section
 * heading as printed in it, and a verbatim quote that the citation check finds
 * in `docs/sources/`. `note` is shown to the user when a dialog cites another
 * school's plan (for example a national rule the own plan does not spell out).
 */
export const sourceRefSchema = z.strictObject({
  doc: z.string().regex(/^[a-z0-9-]+$/, 'doc is a source document id such as proo-leiden'),
  section: z.string().min(3),
  quote: z.string().min(12, 'quote must be a verbatim passage of at least 12 characters'),
  note: z.string().optional(),
});

export type SourceRef = z.infer<typeof sourceRefSchema>;

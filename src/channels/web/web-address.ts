import { z } from 'zod';

/** An embedded inbox of a school: `ib`, `directeur`, or `conv:<conversation>` for an asker. */
export const webAddressSchema = z.object({ channel: z.literal('web'), schoolId: z.string().min(1), inbox: z.string().min(1) });
export type WebAddress = z.infer<typeof webAddressSchema>;

import { z } from 'zod';

/** A prefixed, sortable identifier such as `stf_01JD…`. */
export const idSchema = z.string().min(4).max(64);

/** Cursor pagination used by every list endpoint. */
export const pageQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});

/** A page of results with the cursor for the next one (null at the end). */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

/** An ISO-8601 timestamp as sent over the wire. */
export const timestampSchema = z.string();

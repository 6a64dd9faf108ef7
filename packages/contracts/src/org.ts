import { z } from 'zod';

/** Kinds of trading area a store sits in (SEG-1 geography). */
export const DISTRICT_TYPES = ['business', 'residential', 'school', 'transit', 'tourist', 'other'] as const;
/** One of DISTRICT_TYPES. */
export type DistrictType = (typeof DISTRICT_TYPES)[number];

/** Wire shape of brand. */
export const brandSchema = z.object({
  id: z.string(),
  name: z.string(),
  currency: z.string(),
  createdAt: z.string(),
});
/** Parsed form of `brandSchema`. */
export type Brand = z.infer<typeof brandSchema>;

/** Wire shape of create brand input. */
export const createBrandInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'a three-letter currency code such as CNY')
    .default('CNY'),
});
/** Parsed form of `createBrandInputSchema`. */
export type CreateBrandInput = z.infer<typeof createBrandInputSchema>;

/** Wire shape of store. */
export const storeSchema = z.object({
  id: z.string(),
  brandId: z.string(),
  code: z.string(),
  name: z.string(),
  line: z.string().nullable(),
  city: z.string(),
  districtType: z.enum(DISTRICT_TYPES),
  timezone: z.string(),
  status: z.enum(['open', 'closed']),
  createdAt: z.string(),
});
/** Parsed form of `storeSchema`. */
export type Store = z.infer<typeof storeSchema>;

const timezoneSchema = z
  .string()
  .min(1)
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'an IANA time zone such as Asia/Shanghai');

/** Wire shape of create store input. */
export const createStoreInputSchema = z.strictObject({
  brandId: z.string().min(1),
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,20}$/, 'letters, digits, - and _ only, up to 20'),
  name: z.string().trim().min(1).max(100),
  line: z.string().trim().max(40).nullable().default(null),
  city: z.string().trim().min(1).max(60),
  districtType: z.enum(DISTRICT_TYPES),
  timezone: timezoneSchema.default('Asia/Shanghai'),
});
/** Parsed form of `createStoreInputSchema`. */
export type CreateStoreInput = z.infer<typeof createStoreInputSchema>;

/** Wire shape of update store input. */
export const updateStoreInputSchema = createStoreInputSchema
  .omit({ brandId: true, code: true })
  .partial()
  .extend({ status: z.enum(['open', 'closed']).optional() })
  .strict();
/** Parsed form of `updateStoreInputSchema`. */
export type UpdateStoreInput = z.infer<typeof updateStoreInputSchema>;

import { z } from 'zod';
import { idSchema, nonNegativeIntSchema } from './common';

/**
 * A municipality. Members carry the pre-study's figures; non-members (a possible
 * later member, a place where commuters live) have them null. Joining is a data change:
 * set `member` and fill the figures. Totals are always computed, never stored.
 */
export const municipalitySchema = z
  .object({
    id: idSchema,
    /** SCB municipality code, four digits. */
    scbCode: z.string().regex(/^\d{4}$/, { message: 'scb-code' }),
    name: z.string().min(1),
    member: z.boolean(),
    population: nonNegativeIntSchema,
    employees: nonNegativeIntSchema.nullable(),
    itStaff: nonNegativeIntSchema.nullable(),
    pcs: nonNegativeIntSchema.nullable(),
    servers: nonNegativeIntSchema.nullable(),
    networkDevices: nonNegativeIntSchema.nullable(),
    serverRooms: nonNegativeIntSchema.nullable(),
    source: z.string().optional(),
  })
  .strict();
export type Municipality = z.infer<typeof municipalitySchema>;

/** The pre-study's figures that a member municipality must have. */
export const memberFigureFields = ['employees', 'itStaff', 'pcs', 'servers', 'networkDevices', 'serverRooms'] as const;

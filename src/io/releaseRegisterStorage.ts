import { releaseRegisterSchema, type ReleaseRegister } from '../schema/releaseRegister';

/**
 * HR's release register in the browser (see docs/anonymisation.md): one per dataset id, in
 * localStorage beside the saved work. A stored register that no longer reads is reported, never
 * silently replaced: the next report would otherwise ignore what was released.
 */
const keyOf = (datasetId: string): string => `ggvv-release-register:${datasetId}`;

export type StoredRegister =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly register: ReleaseRegister }
  | { readonly kind: 'invalid'; readonly reason: string };

export function loadRegister(storage: Pick<Storage, 'getItem'>, datasetId: string): StoredRegister {
  const text = storage.getItem(keyOf(datasetId));
  if (text === null) return { kind: 'none' };
  try {
    const parsed = releaseRegisterSchema.safeParse(JSON.parse(text));
    return parsed.success
      ? { kind: 'ok', register: parsed.data }
      : { kind: 'invalid', reason: parsed.error.issues[0]?.message ?? '' };
  } catch (error) {
    return { kind: 'invalid', reason: (error as Error).message };
  }
}

export function saveRegister(storage: Pick<Storage, 'setItem'>, register: ReleaseRegister): void {
  storage.setItem(keyOf(register.datasetId), JSON.stringify(register));
}

export function clearRegister(storage: Pick<Storage, 'removeItem'>, datasetId: string): void {
  storage.removeItem(keyOf(datasetId));
}

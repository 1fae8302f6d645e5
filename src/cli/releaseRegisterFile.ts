import { readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { TFunction } from 'i18next';
import { releaseRegisterSchema, type ReleaseRegister } from '../schema/releaseRegister';
import type { CliIo } from './command';

/** HR's release register lives beside the report files it lists (see docs/anonymisation.md). */
export const REGISTER_FILE_NAME = 'anonymised-report-register.json';

export const registerPathFor = (reportFile: string): string => join(dirname(reportFile), REGISTER_FILE_NAME);

/**
 * The register beside `reportFile`: null when there is none yet, undefined after a message
 * when it cannot be read (a broken register is never silently replaced: HR must look at it).
 */
export async function readRegister(path: string, io: CliIo, t: TFunction): Promise<ReleaseRegister | null | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = releaseRegisterSchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
    io.err(t('report.cli.registerInvalid', { file: path, reason: parsed.error.issues[0]?.message ?? '' }));
  } catch (error) {
    io.err(t('report.cli.registerInvalid', { file: path, reason: (error as Error).message }));
  }
  return undefined;
}

export async function writeRegister(path: string, register: ReleaseRegister): Promise<void> {
  await writeFile(path, `${JSON.stringify(register, null, 2)}\n`, 'utf8');
}

/** Keeps an outgrown register under another name instead of deleting it. */
export async function setRegisterAside(path: string, suffix: string): Promise<string> {
  const aside = `${path.replace(/\.json$/, '')}.${suffix}.json`;
  await rename(path, aside);
  return aside;
}

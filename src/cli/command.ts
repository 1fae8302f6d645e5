import type { Language } from '../schema/language';
/**
 * The contract of every CLI command: it gets its arguments (after the command name) and
 * two writers, and returns the exit code. JSON results go to `out`, messages to `err`.
 */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Message language: English by default, Swedish with `--lang sv`. */
  lang: Language;
}

export type CliCommand = (args: string[], io: CliIo) => Promise<number>;

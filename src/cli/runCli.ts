import { EngineError, engineErrorData } from '../engine/engineError';
import type { CliCommand, CliIo } from './command';
import { languageSchema, languages } from '../schema/language';

/**
 * Each command's module is imported when that command runs: the engine behind `evaluate` or
 * `report` is not loaded (and compiled) for `solve-assignment` (docs/performance.md).
 */
const commands: Record<string, { load: () => Promise<CliCommand>; usage: string }> = {
  validate: {
    load: () => import('./commands/validate').then((m) => m.validateCommand),
    usage:
      'validate [--data DIR] [--strict]  |  validate --people FILE [--positions FILE] [--sites FILE] [--competences FILE] [--data DIR] [--strict]',
  },
  import: {
    load: () => import('./commands/importData').then((m) => m.importCommand),
    usage: 'import --from DIR --out DIR [--data DIR]',
  },
  summary: { load: () => import('./commands/summary').then((m) => m.summaryCommand), usage: 'summary [--data DIR]' },
  evaluate: {
    load: () => import('./commands/evaluate').then((m) => m.evaluateCommand),
    usage: 'evaluate (--scenario ID | --scenario-file FILE) [--data DIR] [--travel-matrix FILE]',
  },
  economics: {
    load: () => import('./commands/economics').then((m) => m.economicsCommand),
    usage:
      'economics (--scenario ID | --scenario-file FILE) [--financing contribution|use|combined] [--data DIR] [--travel-matrix FILE]',
  },
  compare: {
    load: () => import('./commands/compare').then((m) => m.compareCommand),
    usage: 'compare --scenarios ID,ID,... [--data DIR] [--travel-matrix FILE]',
  },
  travel: {
    load: () => import('./commands/travel').then((m) => m.travelCommand),
    usage: 'travel --from A --to B [--data DIR] [--travel-matrix FILE]',
  },
  'solve-assignment': {
    load: () => import('./commands/solveAssignment').then((m) => m.solveAssignmentCommand),
    usage: 'solve-assignment --matrix FILE [--maximise]',
  },
  report: {
    load: () => import('./commands/report').then((m) => m.reportCommand),
    usage: 'report --scenarios ID,ID,... --out FILE [--k 5] [--data DIR] [--travel-matrix FILE]',
  },
  'check-report': {
    load: () => import('./commands/checkReport').then((m) => m.checkReportCommand),
    usage: 'check-report FILE [--data DIR] [--k K]',
  },
  'export-package': {
    load: () => import('./commands/exportPackage').then((m) => m.exportPackageCommand),
    usage:
      'export-package --role manager --scenarios ID,ID,... --out FILE [--data DIR] [--travel-matrix FILE] [--created-at ISO]',
  },
  optimise: {
    load: () => import('./commands/optimise').then((m) => m.optimiseCommand),
    usage:
      'optimise --objective median|coverage|mixed --hubs P [--scenario ID] [--minutes T] [--weight W] [--require ID,...] [--exclude ID,...] [--data DIR] [--travel-matrix FILE]',
  },
};

function usage(): string {
  return [
    'usage: npm run sim -- <command> [options] [--lang en|sv]',
    '',
    'commands:',
    ...Object.values(commands).map((c) => `  ${c.usage}`),
  ].join('\n');
}

/** Runs one CLI command; returns its exit code. Errors in arguments exit 2 with the usage. */
export async function runCli(argv: string[], writers: Omit<CliIo, 'lang'>): Promise<number> {
  const args = [...argv];
  let lang: CliIo['lang'] = 'en';
  const langAt = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (langAt >= 0) {
    const value = args[langAt]!.includes('=') ? args[langAt]!.split('=')[1] : args[langAt + 1];
    const parsed = languageSchema.safeParse(value);
    if (!parsed.success) {
      writers.err(`--lang must be one of ${languages.map((l) => `"${l}"`).join(', ')}`);
      return 2;
    }
    lang = parsed.data;
    args.splice(langAt, args[langAt]!.includes('=') ? 1 : 2);
  }
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === 'help') {
    writers.err(usage());
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (!command) {
    writers.err(`unknown command "${name}"\n${usage()}`);
    return 2;
  }
  try {
    const run = await command.load();
    return await run(rest, { ...writers, lang });
  } catch (error) {
    // parseArgs throws on unknown or malformed options: say so, with the command's usage.
    const code = (error as { code?: string }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      writers.err(`${(error as Error).message}\nusage: npm run sim -- ${command.usage}`);
      return 2;
    }
    // An engine failure is worded in the user's language, like every other message.
    if (error instanceof EngineError) {
      // The wording (every message catalogue) is loaded only when there is something to word.
      const [{ createTranslator }, { engineErrorMessage }] = await Promise.all([
        import('../i18n/createTranslator'),
        import('../i18n/engineErrors'),
      ]);
      writers.err(engineErrorMessage(createTranslator(lang), engineErrorData(error)));
      return 1;
    }
    // A file that cannot be read or written (a missing folder, no permission): name it, no stack.
    const { path, syscall } = error as { path?: unknown; syscall?: unknown };
    if (typeof path === 'string' && typeof syscall === 'string') {
      const { importExportText } = await import('../i18n/importExport');
      writers.err(importExportText('cli.fileSystem', { file: path, detail: `${code ?? syscall}: ${syscall}` }, lang));
      return 1;
    }
    throw error;
  }
}

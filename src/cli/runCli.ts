import { EngineError, engineErrorData } from '../engine/engineError';
import { createTranslator } from '../i18n/createTranslator';
import { engineErrorMessage } from '../i18n/engineErrors';
import type { CliCommand, CliIo } from './command';
import { checkReportCommand } from './commands/checkReport';
import { compareCommand } from './commands/compare';
import { economicsCommand } from './commands/economics';
import { evaluateCommand } from './commands/evaluate';
import { exportPackageCommand } from './commands/exportPackage';
import { importCommand } from './commands/importData';
import { optimiseCommand } from './commands/optimise';
import { reportCommand } from './commands/report';
import { solveAssignmentCommand } from './commands/solveAssignment';
import { summaryCommand } from './commands/summary';
import { travelCommand } from './commands/travel';
import { validateCommand } from './commands/validate';

const commands: Record<string, { run: CliCommand; usage: string }> = {
  validate: {
    run: validateCommand,
    usage:
      'validate [--data DIR] [--strict]  |  validate --people FILE [--positions FILE] [--sites FILE] [--competences FILE] [--data DIR] [--strict]',
  },
  import: { run: importCommand, usage: 'import --from DIR --out DIR [--data DIR]' },
  summary: { run: summaryCommand, usage: 'summary [--data DIR]' },
  evaluate: {
    run: evaluateCommand,
    usage: 'evaluate (--scenario ID | --scenario-file FILE) [--data DIR] [--travel-matrix FILE]',
  },
  economics: {
    run: economicsCommand,
    usage:
      'economics (--scenario ID | --scenario-file FILE) [--financing contribution|use|combined] [--data DIR] [--travel-matrix FILE]',
  },
  compare: { run: compareCommand, usage: 'compare --scenarios ID,ID,... [--data DIR] [--travel-matrix FILE]' },
  travel: { run: travelCommand, usage: 'travel --from A --to B [--data DIR] [--travel-matrix FILE]' },
  'solve-assignment': { run: solveAssignmentCommand, usage: 'solve-assignment --matrix FILE [--maximise]' },
  report: {
    run: reportCommand,
    usage: 'report --scenarios ID,ID,... --out FILE [--k 5] [--data DIR] [--travel-matrix FILE]',
  },
  'check-report': { run: checkReportCommand, usage: 'check-report FILE [--data DIR] [--k K]' },
  'export-package': {
    run: exportPackageCommand,
    usage:
      'export-package --role manager --scenarios ID,ID,... --out FILE [--data DIR] [--travel-matrix FILE] [--created-at ISO]',
  },
  optimise: {
    run: optimiseCommand,
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
    if (value !== 'en' && value !== 'sv') {
      writers.err(`--lang must be "en" or "sv"`);
      return 2;
    }
    lang = value;
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
    return await command.run(rest, { ...writers, lang });
  } catch (error) {
    // parseArgs throws on unknown or malformed options: say so, with the command's usage.
    const code = (error as { code?: string }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      writers.err(`${(error as Error).message}\nusage: npm run sim -- ${command.usage}`);
      return 2;
    }
    // An engine failure is worded in the user's language, like every other message.
    if (error instanceof EngineError) {
      writers.err(engineErrorMessage(createTranslator(lang), engineErrorData(error)));
      return 1;
    }
    throw error;
  }
}

/**
 * `npm run sim -- <command> [options]`: the engine from the command line. JSON goes to stdout,
 * messages to stderr; English by default, Swedish with `--lang sv`.
 */
import { runCli } from './runCli';

const code = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});
process.exitCode = code;

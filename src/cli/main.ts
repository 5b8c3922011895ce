/**
 * The crosscheck command line: `npm run -s crosscheck -- <command> [args]`.
 * One file per command; this file only dispatches.
 */
import { checkCommand } from './check';
import { claimsCommand } from './claims';
import { evalCommand } from './eval';
import { ingestCommand } from './ingest';

const USAGE = `usage: crosscheck <command> [args]
commands:
  claims FILE [--json]   claims extracted from one article (.txt or .html)
  check ARTICLE --library DIR [--library DIR]... [--date YYYY-MM-DD] [--related] [--json]
                         what other outlets agree / differ / updated on, per claim
  eval --gold FILE_OR_DIR --corpus DIR [--library DIR]... [--json] [--dump FILE]
                         score the engine against hand-labelled gold
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'claims':
      return claimsCommand(rest);
    case 'check':
      return checkCommand(rest);
    case 'eval':
      return evalCommand(rest);
    case 'ingest':
      return ingestCommand(rest);
    case undefined:
    case 'help':
    case '--help':
      process.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    default:
      process.stderr.write(`unknown command: ${command}\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);

/**
 * The crosscheck command line: `npm run -s crosscheck -- <command> [args]`.
 * One file per command; this file only dispatches.
 */
import { claimsCommand } from './claims';

const USAGE = `usage: crosscheck <command> [args]
commands:
  claims FILE [--json]   claims extracted from one article (.txt or .html)
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'claims':
      return claimsCommand(rest);
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

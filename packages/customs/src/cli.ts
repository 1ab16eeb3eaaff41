import { parseReceiptCommand } from './cli/parse-receipt.ts';
import { sampleCommand } from './cli/sample.ts';
import { validateCommand } from './cli/validate.ts';

/** Support commands: `npm run customs -- <command> ...`. Add a command by adding it here. */
const COMMANDS: Record<string, { usage: string; run: (args: string[]) => Promise<number> }> = {
  validate: { usage: 'validate FILE         check a CEB message against the official 2022-05 export XSD', run: validateCommand },
  sample: { usage: "sample OUT_DIR        write the messages generated for the demo park's shipments", run: sampleCommand },
  'parse-receipt': {
    usage: 'parse-receipt FILE    print a receipt (bare or in its DXP envelope) as JSON',
    run: async ([file]) => {
      if (!file) {
        console.error('usage: npm run customs -- parse-receipt FILE');
        return 2;
      }
      return parseReceiptCommand(file);
    },
  },
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    console.error(
      `usage: npm run customs -- <command>\n${Object.values(COMMANDS)
        .map((entry) => `  ${entry.usage}`)
        .join('\n')}`,
    );
    return 2;
  }
  return command.run(args);
}

process.exitCode = await main(process.argv.slice(2));

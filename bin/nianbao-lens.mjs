#!/usr/bin/env node
// Launcher of the batch checker: the code lives in the bundle dist/cli.mjs (npm run build:cli).
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli.mjs', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write(
    'nianbao-lens: 尚未构建命令行工具，请先运行 npm run build:cli\n' +
      'nianbao-lens: the command line tool is not built yet: run `npm run build:cli` first\n',
  );
  process.exit(2);
}
const { main } = await import(bundle.href);
await main(process.argv.slice(2));

#!/usr/bin/env node
// The `art30` package bin: runs the TypeScript CLI (main() of cli/main.ts, with this process's
// argv and streams) through tsx's loader, so the command works from any directory, through
// npm's .bin symlink or an installed package, with no build step. tsx must be installed beside the package (it is in this project's
// dependencies tree); without it the user gets a plain message instead of a stack trace.

let register;
try {
  ({ register } = await import('tsx/esm/api'));
} catch {
  process.stderr.write(
    'art30: tsx mangler – installér med "npm install tsx".\n' +
      'art30: tsx is missing – install it with "npm install tsx".\n',
  );
  process.exit(2);
}
register();
// Resolved against this file, not the working directory (npm links bins by symlink; Node
// follows the link, so import.meta.url is the real file inside the package).
const { main } = await import(new URL('../cli/main.ts', import.meta.url).href);
process.exitCode = await main(process.argv.slice(2));

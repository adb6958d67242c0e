// Counts the functions longer than a screen (80 lines, from the line of their first token to
// the line of their closing brace) in the product's source: addon/, worker/, shared/, cli/ and
// templates/, tests excluded. Issue 9's figure; reproducible with
//   npx tsx test/tools/longFunctions.ts [--limit 80] [folder ...]
// It prints one line per long function (file:line name lines) and then the count.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const ROOT = new URL('../../', import.meta.url).pathname;
const DEFAULT_FOLDERS = ['addon', 'worker', 'shared', 'cli', 'templates'];

function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) files.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(entry) && !/\.(test|bench)\.tsx?$|\.d\.ts$/.test(entry)) files.push(path);
  }
  return files;
}

export interface LongFunction {
  file: string;
  line: number;
  name: string;
  lines: number;
}

function nameOf(node: ts.Node, source: ts.SourceFile): string {
  if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.name)
    return node.name.getText(source);
  const parent = node.parent;
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)))
    return parent.name.getText(source);
  return '(anonymous)';
}

/** Every function-like node in `file` that spans more than `limit` lines. */
export function longFunctionsIn(file: string, limit: number): LongFunction[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: LongFunction[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = end - start + 1;
      if (lines > limit)
        found.push({ file: relative(ROOT, file), line: start + 1, name: nameOf(node, source), lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function main(argv: string[]): void {
  const limitAt = argv.indexOf('--limit');
  const limit = limitAt >= 0 ? Number(argv[limitAt + 1]) : 80;
  const folders = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--limit');
  const all = (folders.length > 0 ? folders : DEFAULT_FOLDERS).flatMap((f) => sourceFiles(join(ROOT, f)));
  const long = all.flatMap((file) => longFunctionsIn(file, limit));
  for (const f of long) console.log(`${f.file}:${f.line} ${f.name} ${f.lines}`);
  console.log(`${long.length} functions over ${limit} lines in ${all.length} files`);
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));

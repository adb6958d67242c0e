// Reads the project's wrangler.toml for the local worker host: the TOML subset that file uses
// (comments, [tables], [[arrays of tables]], dotted names, strings, numbers, booleans and
// arrays of those). Importing wrangler itself just to read it costs seconds at every start;
// anything outside this subset is refused with the line it is on, so a new construct in
// wrangler.toml fails loudly here instead of being misread.

export type TomlValue = string | number | boolean | TomlValue[] | TomlTable;
export interface TomlTable {
  [key: string]: TomlValue;
}

export class TomlError extends Error {
  override name = 'TomlError';
}

function stripComment(line: string): string {
  let inString: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (inString) {
      if (ch === '\\' && inString === '"') i++;
      else if (ch === inString) inString = null;
    } else if (ch === '"' || ch === "'") inString = ch;
    else if (ch === '#') return line.slice(0, i);
  }
  return line;
}

function parseValue(text: string, lineNo: number): TomlValue {
  const t = text.trim();
  if (t.startsWith('"')) {
    if (!t.endsWith('"') || t.length < 2)
      throw new TomlError(`wrangler.toml line ${lineNo}: unterminated string`);
    return JSON.parse(t) as string;
  }
  if (t.startsWith("'")) {
    if (!t.endsWith("'") || t.length < 2)
      throw new TomlError(`wrangler.toml line ${lineNo}: unterminated string`);
    return t.slice(1, -1);
  }
  if (t === 'true' || t === 'false') return t === 'true';
  if (/^[+-]?\d[\d_]*(\.\d+)?$/.test(t)) return Number(t.replace(/_/g, ''));
  if (t.startsWith('[') && t.endsWith(']')) {
    const inner = t.slice(1, -1).trim();
    if (inner === '') return [];
    return splitTopLevel(inner).map((part) => parseValue(part, lineNo));
  }
  throw new TomlError(`wrangler.toml line ${lineNo}: value not understood: ${t}`);
}

function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inString: string | null = null;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\' && inString === '"') i++;
      else if (ch === inString) inString = null;
    } else if (ch === '"' || ch === "'") inString = ch;
    else if (ch === '[') depth++;
    else if (ch === ']') depth--;
    else if (ch === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  const last = text.slice(start);
  if (last.trim() !== '') parts.push(last);
  return parts;
}

function descend(root: TomlTable, path: string[], lineNo: number): TomlTable {
  let table = root;
  for (const key of path) {
    const next = table[key];
    if (next === undefined) {
      const created: TomlTable = {};
      table[key] = created;
      table = created;
    } else if (Array.isArray(next)) {
      const last = next[next.length - 1];
      if (typeof last !== 'object' || last === null || Array.isArray(last))
        throw new TomlError(`wrangler.toml line ${lineNo}: ${key} is not a table`);
      table = last as TomlTable;
    } else if (typeof next === 'object') {
      table = next;
    } else {
      throw new TomlError(`wrangler.toml line ${lineNo}: ${key} is not a table`);
    }
  }
  return table;
}

export function parseToml(text: string): TomlTable {
  const root: TomlTable = {};
  let current = root;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    let line = stripComment(lines[i]).trim();
    if (line === '') continue;
    const arrayHeader = /^\[\[\s*([A-Za-z0-9_.-]+)\s*\]\]$/.exec(line);
    const tableHeader = /^\[\s*([A-Za-z0-9_.-]+)\s*\]$/.exec(line);
    if (arrayHeader) {
      const path = arrayHeader[1].split('.');
      const parent = descend(root, path.slice(0, -1), lineNo);
      const key = path[path.length - 1];
      if (parent[key] === undefined) parent[key] = [];
      const list = parent[key];
      if (!Array.isArray(list)) throw new TomlError(`wrangler.toml line ${lineNo}: ${key} is not an array`);
      const table: TomlTable = {};
      list.push(table);
      current = table;
      continue;
    }
    if (tableHeader) {
      current = descend(root, tableHeader[1].split('.'), lineNo);
      continue;
    }
    const eq = line.indexOf('=');
    if (eq < 0) throw new TomlError(`wrangler.toml line ${lineNo}: expected key = value`);
    const key = line.slice(0, eq).trim();
    if (!/^[A-Za-z0-9_-]+$/.test(key))
      throw new TomlError(`wrangler.toml line ${lineNo}: key not understood: ${key}`);
    let value = line.slice(eq + 1).trim();
    // A multi-line array: read on until its brackets balance.
    while (value.startsWith('[') && splitDepth(value) > 0 && i + 1 < lines.length) {
      i++;
      line = stripComment(lines[i]).trim();
      value += ` ${line}`;
    }
    current[key] = parseValue(value, lineNo);
  }
  return root;
}

function splitDepth(text: string): number {
  let depth = 0;
  let inString: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\' && inString === '"') i++;
      else if (ch === inString) inString = null;
    } else if (ch === '"' || ch === "'") inString = ch;
    else if (ch === '[') depth++;
    else if (ch === ']') depth--;
  }
  return depth;
}

/** What the local host needs from wrangler.toml, checked. */
export interface WorkerConfigFile {
  main: string;
  compatibilityDate: string;
  compatibilityFlags: string[];
  crons: string[];
  d1: { binding: string; databaseName: string; databaseId: string; migrationsDir: string }[];
  queueProducers: { binding: string; queue: string }[];
  queueConsumers: { queue: string; maxBatchSize?: number; maxBatchTimeout?: number; maxRetries?: number }[];
  sendEmail: { name: string }[];
  vars: Record<string, string>;
}

const str = (v: TomlValue | undefined, what: string): string => {
  if (typeof v !== 'string') throw new TomlError(`wrangler.toml: ${what} must be a string`);
  return v;
};
const tables = (v: TomlValue | undefined): TomlTable[] =>
  Array.isArray(v) ? v.filter((x): x is TomlTable => typeof x === 'object' && !Array.isArray(x)) : [];
const num = (v: TomlValue | undefined): number | undefined => (typeof v === 'number' ? v : undefined);

export function readWorkerConfig(text: string): WorkerConfigFile {
  const t = parseToml(text);
  const triggers = (t.triggers ?? {}) as TomlTable;
  const queues = (t.queues ?? {}) as TomlTable;
  const vars: Record<string, string> = {};
  for (const [k, v] of Object.entries((t.vars ?? {}) as TomlTable)) vars[k] = String(v);
  return {
    main: str(t.main, 'main'),
    compatibilityDate: str(t.compatibility_date, 'compatibility_date'),
    compatibilityFlags: Array.isArray(t.compatibility_flags) ? t.compatibility_flags.map(String) : [],
    crons: Array.isArray(triggers.crons) ? triggers.crons.map(String) : [],
    d1: tables(t.d1_databases).map((d) => ({
      binding: str(d.binding, 'd1_databases.binding'),
      databaseName: str(d.database_name, 'd1_databases.database_name'),
      databaseId: str(d.database_id, 'd1_databases.database_id'),
      migrationsDir: typeof d.migrations_dir === 'string' ? d.migrations_dir : 'migrations',
    })),
    queueProducers: tables(queues.producers).map((p) => ({
      binding: str(p.binding, 'queues.producers.binding'),
      queue: str(p.queue, 'queues.producers.queue'),
    })),
    queueConsumers: tables(queues.consumers).map((c) => ({
      queue: str(c.queue, 'queues.consumers.queue'),
      maxBatchSize: num(c.max_batch_size),
      maxBatchTimeout: num(c.max_batch_timeout),
      maxRetries: num(c.max_retries),
    })),
    sendEmail: tables(t.send_email).map((e) => ({ name: str(e.name, 'send_email.name') })),
    vars,
  };
}

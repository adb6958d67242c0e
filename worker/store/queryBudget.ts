// D1's platform limits, enforced in our own code because local D1 (tests, `wrangler dev`)
// enforces none of them: at most 1,000 queries per Worker invocation (Workers Paid), 100
// bound parameters and 100 KB of SQL per statement. `meteredD1` wraps a D1 binding so every
// statement is counted and measured; it throws a clear error *before* a limit would be
// crossed, so a code path that would fail in production fails the same way in tests.

export const D1_QUERIES_PER_INVOCATION = 1000;
export const D1_MAX_BOUND_PARAMETERS = 100;
export const D1_MAX_SQL_BYTES = 100_000;

export class D1LimitError extends Error {
  override name = 'D1LimitError';
}

export interface QueryMeter {
  readonly limit: number;
  /** Statements executed (a batch counts each of its statements). */
  queries: number;
  /** Largest SQL text, in UTF-8 bytes. */
  largestSqlBytes: number;
  /** Largest total of a statement's bound values (strings as UTF-8 bytes, others 8). */
  largestBoundBytes: number;
}

const encoder = new TextEncoder();

function boundBytes(values: unknown[]): number {
  let total = 0;
  for (const v of values) {
    if (typeof v === 'string') total += encoder.encode(v).length;
    else if (v instanceof ArrayBuffer) total += v.byteLength;
    else if (ArrayBuffer.isView(v)) total += v.byteLength;
    else total += 8;
  }
  return total;
}

/**
 * A D1 binding that counts and measures every statement. Pass the returned `db` wherever a
 * D1Database is expected; read `meter` for the figures. One meter per invocation.
 */
export function meteredD1(
  db: D1Database,
  limit = D1_QUERIES_PER_INVOCATION,
): { db: D1Database; meter: QueryMeter } {
  const meter: QueryMeter = { limit, queries: 0, largestSqlBytes: 0, largestBoundBytes: 0 };
  // Methods that run queries are async, so a refusal is a rejected promise like any D1 error.
  // Batches need the binding's own statement objects: remember which real statement each
  // wrapper stands for.
  const realOf = new WeakMap<object, D1PreparedStatement>();

  const spend = (n: number) => {
    if (meter.queries + n > meter.limit) {
      throw new D1LimitError(
        `This invocation would run ${meter.queries + n} D1 queries; the platform allows ${meter.limit}. ` +
          'Write in larger chunks or split the work across invocations.',
      );
    }
    meter.queries += n;
  };

  const wrap = (real: D1PreparedStatement, sqlBytes: number): D1PreparedStatement => {
    const wrapper = {
      bind(...values: unknown[]) {
        if (values.length > D1_MAX_BOUND_PARAMETERS) {
          throw new D1LimitError(
            `A D1 statement may bind at most ${D1_MAX_BOUND_PARAMETERS} parameters; this one binds ${values.length}.`,
          );
        }
        meter.largestBoundBytes = Math.max(meter.largestBoundBytes, boundBytes(values));
        return wrap(real.bind(...values), sqlBytes);
      },
      async first(column?: string) {
        spend(1);
        return column === undefined ? real.first() : real.first(column);
      },
      async run() {
        spend(1);
        return real.run();
      },
      async all() {
        spend(1);
        return real.all();
      },
      async raw(options?: { columnNames?: boolean }) {
        spend(1);
        // biome-ignore lint/suspicious/noExplicitAny: the overloads of raw() differ only in the tuple type
        return real.raw(options as any);
      },
    } as unknown as D1PreparedStatement;
    realOf.set(wrapper, real);
    return wrapper;
  };

  const metered = {
    prepare(sql: string) {
      const sqlBytes = encoder.encode(sql).length;
      if (sqlBytes > D1_MAX_SQL_BYTES) {
        throw new D1LimitError(
          `A D1 statement may hold at most ${D1_MAX_SQL_BYTES} bytes of SQL; this one has ${sqlBytes}.`,
        );
      }
      meter.largestSqlBytes = Math.max(meter.largestSqlBytes, sqlBytes);
      return wrap(db.prepare(sql), sqlBytes);
    },
    async batch<T = unknown>(statements: D1PreparedStatement[]) {
      spend(statements.length);
      return db.batch<T>(statements.map((s) => realOf.get(s) ?? s));
    },
    async exec(sql: string) {
      // exec runs one query per statement; count the statements it will run.
      spend(sql.split(';').filter((s) => s.trim() !== '').length);
      return db.exec(sql);
    },
    withSession(...args: Parameters<D1Database['withSession']>) {
      return db.withSession(...args);
    },
    dump() {
      return db.dump();
    },
  } as unknown as D1Database;
  return { db: metered, meter };
}

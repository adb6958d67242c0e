// Civil dates and time zones for the fakes: Sheets stores a typed date as midnight in the
// spreadsheet's time zone, and Utilities.formatDate formats an instant in a given zone.

function zoneParts(instant: number, timeZone: string) {
  const fmt = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    weekday: 'short',
  });
  const parts: Record<string, string> = {};
  for (const p of fmt.formatToParts(new Date(instant))) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: parts.weekday,
  };
}

/** Offset of the zone from UTC at an instant, in milliseconds. */
export function zoneOffset(instant: number, timeZone: string): number {
  const p = zoneParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant of local midnight of a civil date in a zone. */
export function zonedMidnight(year: number, month: number, day: number, timeZone: string): Date {
  const guess = Date.UTC(year, month - 1, day);
  let t = guess - zoneOffset(guess, timeZone);
  t = guess - zoneOffset(t, timeZone);
  return new Date(t);
}

/** ISO date (YYYY-MM-DD) of an instant in a zone. */
export function isoInZone(d: Date, timeZone: string): string {
  const p = zoneParts(d.getTime(), timeZone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** Java's TimeZone.getTimeZone: an id it does not know is GMT (see fakes/README.md). */
function knownZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}

/**
 * A subset of java.text.SimpleDateFormat, as Utilities.formatDate understands it; a pattern
 * letter outside the subset throws, as an illegal one does in Java:
 * https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
 */
export function formatDate(d: Date, timeZone: string, pattern: string): string {
  timeZone = knownZone(timeZone);
  const p = zoneParts(d.getTime(), timeZone);
  const ms = d.getTime() % 1000;
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  const offsetMin = Math.round(zoneOffset(d.getTime(), timeZone) / 60000);
  const sign = offsetMin < 0 ? '-' : '+';
  const oh = pad(Math.floor(Math.abs(offsetMin) / 60), 2);
  const om = pad(Math.abs(offsetMin) % 60, 2);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      out += end === i + 1 ? "'" : pattern.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? pattern.length : end + 1;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    const token = ch.repeat(n);
    i += n;
    switch (ch) {
      case 'y':
        out += n === 2 ? pad(p.year % 100, 2) : pad(p.year, n);
        break;
      case 'M':
        out += pad(p.month, n);
        break;
      case 'd':
        out += pad(p.day, n);
        break;
      case 'H':
        out += pad(p.hour, n);
        break;
      case 'm':
        out += pad(p.minute, n);
        break;
      case 's':
        out += pad(p.second, n);
        break;
      case 'S':
        out += pad(ms, 3).slice(0, n);
        break;
      case 'E':
        out += p.weekday;
        break;
      case 'X':
        out +=
          offsetMin === 0
            ? 'Z'
            : n === 1
              ? `${sign}${oh}`
              : n === 2
                ? `${sign}${oh}${om}`
                : `${sign}${oh}:${om}`;
        break;
      case 'Z':
        out += `${sign}${oh}${om}`;
        break;
      default:
        if (/[a-zA-Z]/.test(ch)) throw new Error(`Exception: Illegal pattern character '${ch}'`);
        out += token;
    }
  }
  return out;
}

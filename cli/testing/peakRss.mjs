// Preloaded into a CLI run by the hostile-file tests: writes the process's peak resident set
// size (kilobytes, getrusage's maxrss) to $ART30_PEAK_RSS_FILE when it exits normally. A run
// killed by running out of memory writes nothing, which the tests treat as a failure.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const file = process.env.ART30_PEAK_RSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});

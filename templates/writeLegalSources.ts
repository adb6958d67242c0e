// Writes docs/legal-sources.md from the data (`npm run legal-sources`).

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderLegalSources } from './legalSources.ts';

const target = fileURLToPath(new URL('../docs/legal-sources.md', import.meta.url));
writeFileSync(target, renderLegalSources());
console.log(`wrote ${target}`);

/** Validates story files: `npm run validate -- data/trump-petro.json`. Exits 1 and lists every problem. */
import { readFileSync } from 'node:fs';
import { parseStoryText } from '../src/io/loadStory';
import { formatProblem } from '../src/io/problems';

let failed = false;
for (const file of process.argv.slice(2)) {
  const result = parseStoryText(readFileSync(file, 'utf8'));
  if (result.ok) {
    const s = result.value;
    console.log(
      `${file}: valid — ${s.actors.length} actors, ${s.links.length} links, ${s.sources.length} sources`,
    );
  } else {
    failed = true;
    console.log(`${file}: ${result.problems.length} problem(s)`);
    for (const p of result.problems) console.log(`  ${formatProblem(p)}`);
  }
}
process.exit(failed ? 1 : 0);

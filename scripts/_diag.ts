import { createMatcher } from '../lib/matching/match';
import { readCases } from './eval-cases';
import { loadRunbooks } from './library';
const m = createMatcher(loadRunbooks());
const mode = process.argv[2];
for (const f of process.argv.slice(3)) {
  for (const c of readCases(f)) {
    const o = m.match(c.text); const top = o.results.slice(0,3).map(r=>`${r.id} ${r.score.toFixed(2)}`).join(', ');
    const inScope = c.expect.length>0;
    if (mode==='in' && inScope && !(o.confident && c.expect.includes(o.confident.id))) console.log(JSON.stringify(c.text.slice(0,100)), '=>', c.expect.join(','), '|', o.confident?'WRONG':'abst', top);
    if (mode==='fc' && o.confident && !c.expect.includes(o.confident.id)) console.log(JSON.stringify(c.text.slice(0,100)), '=>', c.expect.join(',')||'[]', '|', top);
  }
}

import type { FuzzyHit } from './fuzzy-terms';
import type { Evidence, TicketEvidence } from './match-evidence';
import { FIELD_KINDS } from './match-index';
import type { MatchModel } from './match-model';
import { analyseText } from './normalise-ticket';
import { stem } from './stem';
import { ticketIntent } from './ticket-intent';
import { prior, priorScore, TUNING } from './match-tuning';

/** Beyond this many meaningful words a "short description" is a pasted mail; the rest adds noise. */
const MAX_TERMS = 40;
/** Terms and codes past this many still score but are not reported for highlighting (bit masks). */
const MASK_BITS = 32;
const TITLE = FIELD_KINDS.indexOf('title');

/**
 * How much a code says by its form: an HRESULT, an AADSTS number or a stop code names one problem;
 * a bare "1603" or "41" is a generic installer or event number that several problems share.
 */
export function codeStrength(code: string): number {
  return /^\d+$/.test(code) ? 0.5 : 1;
}

export interface Candidate extends Evidence {
  /** Index of the runbook in the library. */
  runbook: number;
  /** Ticket words and codes this runbook matched. */
  terms: string[];
}

export interface Scored {
  /** Best prior first, at most `limit`. */
  candidates: Candidate[];
  ticket: TicketEvidence;
}

interface TicketTerm {
  surface: string;
  hits: FuzzyHit[];
  weight: number;
}

export type TicketScorer = (text: string, options: { limit: number; completeLast: boolean }) => Scored;

/**
 * Scores every runbook that shares a word or code with the ticket, in one pass over the postings
 * of the ticket's words. Per runbook it gathers three kinds of evidence (match-confidence.ts):
 * coverage of the ticket, the best single phrase found in the ticket, and exact code hits.
 * Scratch arrays are allocated once per model and reset after each call.
 */
export function createTicketScorer(model: MatchModel): TicketScorer {
  const { index, postings, idf, maxIdf, entryTotal, runbookCount } = model;
  const entryCount = index.entryRunbook.length;
  const entryTermBest = new Float64Array(entryCount);
  const entryHit = new Float64Array(entryCount);
  const runbookTermBest = new Float64Array(runbookCount);
  const covered = new Float64Array(runbookCount);
  const phrase = new Float64Array(runbookCount);
  const titleShare = new Float64Array(runbookCount);
  const oneEntry = new Float64Array(runbookCount);
  const cosine = new Float64Array(runbookCount);
  const peak = new Float64Array(runbookCount);
  const codeShare = new Float64Array(runbookCount);
  const score = new Float64Array(runbookCount);
  const seen = new Uint8Array(runbookCount);
  const termMask = new Uint32Array(runbookCount);
  const codeMask = new Uint32Array(runbookCount);
  // Work lists as typed arrays with a length, not fresh JS arrays per word: at 5,000 runbooks a
  // common word touches tens of thousands of entries, and the garbage showed up in p95.
  const termEntries = new Int32Array(entryCount);
  const termRunbooks = new Int32Array(runbookCount);
  const touchedList = new Int32Array(runbookCount);

  return (text, { limit, completeLast }) => {
    const analysed = analyseText(text, { ticket: true });
    const known = new Set(analysed.terms.map((t) => t.term));
    const hostTerms = analysed.hostWords
      .filter((w) => !known.has(w) && (model.vocabIds.has(stem(w)) || model.vocabIds.has(w)))
      .map((w) => ({ term: w, surface: w }));
    const words = [...analysed.terms, ...hostTerms].slice(0, MAX_TERMS);
    const unknownWeight = TUNING.unknownWordShare * maxIdf;
    const terms: TicketTerm[] = words.map((t, i) => {
      const hits = model.resolve(t.term, completeLast && i === words.length - 1);
      // A word the library does not know weighs as unknown; a corrected one, in between.
      let best: FuzzyHit | undefined;
      for (const h of hits) if (!best || h.similarity > best.similarity) best = h;
      const weight = best ? best.similarity * idf[best.id]! + (1 - best.similarity) * unknownWeight : unknownWeight;
      return { surface: t.surface, hits, weight };
    });
    const codeSet = new Set(analysed.codes);
    for (const c of analysed.codeCandidates) if (Object.hasOwn(index.codes, c)) codeSet.add(c);
    const codes = [...codeSet];
    const codeWeight = TUNING.codeWeight * maxIdf;
    const totalWeight = terms.reduce((sum, t) => sum + t.weight, 0) + codes.length * codeWeight;
    const unmatchable = terms.reduce((sum, t) => sum + (t.hits.length === 0 ? t.weight : 0), 0);
    const termCount = terms.length + codes.length;
    const intent = ticketIntent(analysed.words, analysed.text, analysed.codes.length > 0);
    // Ticket word positions (for the term masks) of the words that ask for something.
    let askingMask = 0;
    terms.forEach((t, j) => {
      if (j < MASK_BITS && intent.asking.includes(t.surface)) askingMask |= 1 << j;
    });
    let touchedCount = 0;
    const touch = (r: number): void => {
      if (seen[r] === 0) {
        seen[r] = 1;
        touchedList[touchedCount++] = r;
      }
    };

    // Coverage: each ticket word counts once per runbook, at the best field it appears in.
    terms.forEach((term, j) => {
      let entryCountForTerm = 0;
      let runbookCountForTerm = 0;
      for (const { id, similarity } of term.hits) {
        const gain = idf[id]! * similarity;
        for (const e of postings[id]!) {
          if (entryTermBest[e] === 0) termEntries[entryCountForTerm++] = e;
          if (gain > entryTermBest[e]!) entryTermBest[e] = gain;
          const r = index.entryRunbook[e]!;
          const fieldScore = TUNING.fieldWeight[index.entryKind[e]!]! * similarity;
          if (runbookTermBest[r] === 0) termRunbooks[runbookCountForTerm++] = r;
          if (fieldScore > runbookTermBest[r]!) runbookTermBest[r] = fieldScore;
        }
      }
      for (let i = 0; i < entryCountForTerm; i += 1) {
        const e = termEntries[i]!;
        entryHit[e]! += entryTermBest[e]!;
        entryTermBest[e] = 0;
      }
      for (let i = 0; i < runbookCountForTerm; i += 1) {
        const r = termRunbooks[i]!;
        touch(r);
        const gain = term.weight * runbookTermBest[r]!;
        covered[r]! += gain;
        if (gain > peak[r]!) peak[r] = gain;
        runbookTermBest[r] = 0;
        if (j < MASK_BITS) termMask[r]! |= 1 << j;
      }
    });
    codes.forEach((code, k) => {
      const named = Object.hasOwn(index.codes, code) ? index.codes[code]! : [];
      for (const r of named) {
        touch(r);
        covered[r]! += codeWeight;
        codeShare[r]! += codeStrength(code) / named.length;
        if (k < MASK_BITS) codeMask[r]! |= 1 << k;
      }
    });
    // Phrase: the share of one related query / title / symptom present in the ticket, scaled
    // down when what is shared says little (TUNING.phraseInformation).
    for (const term of terms) {
      for (const { id } of term.hits) {
        for (const e of postings[id]!) {
          const hit = entryHit[e]!;
          if (hit === 0) continue;
          entryHit[e] = 0;
          const r = index.entryRunbook[e]!;
          const information = Math.min(1, hit / (TUNING.phraseInformation * maxIdf));
          const value = TUNING.fieldWeight[index.entryKind[e]!]! * (hit / entryTotal[e]!) * information;
          if (value > phrase[r]!) phrase[r] = value;
          if (totalWeight > 0 && hit / totalWeight > oneEntry[r]!) oneEntry[r] = hit / totalWeight;
          // Both at once, for the same phrasing: it is in the ticket and the ticket is in it.
          const both = totalWeight > 0 ? hit / Math.sqrt(entryTotal[e]! * totalWeight) : 0;
          if (both > cosine[r]!) cosine[r] = both;
          if (index.entryKind[e] === TITLE && hit / entryTotal[e]! > titleShare[r]!)
            titleShare[r] = hit / entryTotal[e]!;
        }
      }
    }

    // Score everything touched, keep the best `limit` (insertion into a short sorted list).
    const bitCount = (mask: number): number => {
      let n = 0;
      for (let m = mask; m !== 0; m &= m - 1) n += 1;
      return n;
    };
    const evidenceOf = (r: number): Evidence => {
      const coverage = totalWeight > 0 ? Math.min(1, covered[r]! / totalWeight) : 0;
      const evidence = {
        coverage,
        phrase: Math.min(1, phrase[r]!),
        titleShare: Math.min(1, titleShare[r]!),
        oneEntryCoverage: Math.min(1, oneEntry[r]!),
        cosine: Math.min(1, cosine[r]!),
        peak: maxIdf > 0 ? peak[r]! / maxIdf : 0,
        codeShare: codeShare[r]!,
        information: maxIdf > 0 ? covered[r]! / maxIdf : 0,
        servesRequest: intent.request && (termMask[r]! & askingMask) !== 0,
        matchedShare: termCount > 0 ? Math.min(1, (bitCount(termMask[r]!) + bitCount(codeMask[r]!)) / termCount) : 0,
      };
      return { ...evidence, prior: priorScore(evidence) };
    };
    // Ties go to the runbook listed first, so results do not depend on the order words arrive in.
    const before = (a: number, b: number): boolean => score[a]! > score[b]! || (score[a] === score[b] && a < b);
    const best: number[] = [];
    for (let i = 0; i < touchedCount; i += 1) {
      const r = touchedList[i]!;
      score[r] = prior(
        totalWeight > 0 ? Math.min(1, covered[r]! / totalWeight) : 0,
        Math.min(1, phrase[r]!),
        codeShare[r]!,
      );
      if (best.length === limit && !before(r, best[limit - 1]!)) continue;
      let at = best.length;
      while (at > 0 && before(r, best[at - 1]!)) at -= 1;
      best.splice(at, 0, r);
      if (best.length > limit) best.pop();
    }
    const candidates = best.map((r): Candidate => {
      const matched = terms.filter((_, j) => j < MASK_BITS && (termMask[r]! & (1 << j)) !== 0).map((t) => t.surface);
      const matchedCodes = codes.filter((_, k) => k < MASK_BITS && (codeMask[r]! & (1 << k)) !== 0);
      return { runbook: r, ...evidenceOf(r), terms: [...new Set([...matched, ...matchedCodes])] };
    });

    for (let i = 0; i < touchedCount; i += 1) {
      const r = touchedList[i]!;
      seen[r] = 0;
      covered[r] = 0;
      phrase[r] = 0;
      titleShare[r] = 0;
      oneEntry[r] = 0;
      cosine[r] = 0;
      peak[r] = 0;
      codeShare[r] = 0;
      termMask[r] = 0;
      codeMask[r] = 0;
    }
    return {
      candidates,
      ticket: {
        termCount,
        request: intent.request,
        vague: intent.vague,
        unknownShare: totalWeight > 0 ? unmatchable / totalWeight : 0,
        information: maxIdf > 0 ? totalWeight / maxIdf : 0,
      },
    };
  };
}

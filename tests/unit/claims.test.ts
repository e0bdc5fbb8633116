import { describe, expect, it } from 'vitest';
import { claimMakers, claimEvidence, makerText, noteProblem } from '@/lib/claims';
import { getLibrary } from '@/lib/library';
import { buildIndex } from '@/lib/indexes/build';

const lib = getLibrary();

describe('noteProblem: a relation note must say something beyond its quote', () => {
  const quote = 'Chongqing had about 2.58 million surveillance cameras';
  it('reports needs no note', () => {
    expect(noteProblem({ relation: 'reports', quote })).toBeNull();
  });
  it('a missing or blank note', () => {
    expect(noteProblem({ relation: 'agrees', quote })).toBe('no note');
    expect(noteProblem({ relation: 'differs', quote, note: '  ' })).toBe('no note');
  });
  it('a note that only repeats the quote, whole or in part, with common words and punctuation around it', () => {
    expect(noteProblem({ relation: 'qualifies', quote, note: quote })).toBe('the note only repeats the quote');
    expect(noteProblem({ relation: 'differs', quote, note: '“2.58 million surveillance cameras” in Chongqing.' })).toBe('the note only repeats the quote');
  });
  it('a note that names the words on the other side', () => {
    expect(noteProblem({ relation: 'agrees', quote, note: 'TODAY’s “2.58 million” is the same Comparitech count as TIME’s.' })).toBeNull();
  });
});

describe('the claims in content/', () => {
  it('every agrees, differs and qualifies has a note that is not empty and does not only repeat its quote', () => {
    const weak = lib.claims.flatMap((claim) =>
      claim.data.evidence
        .map((e, i) => ({ problem: noteProblem(e), where: `${claim.file}: evidence.${i} (${e.relation}, ${e.article})` }))
        .filter((x) => x.problem !== null)
        .map((x) => `${x.where}: ${x.problem}`),
    );
    expect(weak).toEqual([]);
  });

  it('every claim has exactly one reports entry: the account the others are compared with', () => {
    const broken: string[] = [];
    for (const claim of lib.claims) {
      const reports = claim.data.evidence.filter((e) => e.relation === 'reports');
      if (reports.length !== 1) broken.push(`${claim.file}: ${reports.length} reports`);
    }
    expect(broken).toEqual([]);
  });

  it('keeps at least 36 claims that two or more articles report', () => {
    const shared = lib.claims.filter((c) => new Set(c.data.evidence.map((e) => e.article)).size >= 2);
    expect(shared.length).toBeGreaterThanOrEqual(36);
  });

  it('a maker that relays unnamed sources is shown with them (claim page and claims index), and each relation carries its note', () => {
    const withCiting = lib.claims.filter((c) => c.data.citing && Object.keys(c.data.citing).length);
    expect(withCiting.length).toBeGreaterThan(0);
    for (const claim of withCiting) {
      const makers = claimMakers(lib, claim.data.madeBy, claim.data.citing);
      for (const [ref, who] of Object.entries(claim.data.citing!)) {
        const maker = makers[claim.data.madeBy.findIndex((m) => m === ref)]!;
        expect(makerText(maker)).toBe(`${maker.name}, citing ${who}`);
      }
    }
    const index = buildIndex(lib, 'claims');
    for (const claim of withCiting) {
      const note = index.entries.find((e) => e.slug === claim.slug)!.note;
      for (const who of Object.values(claim.data.citing!)) expect(note).toContain(`, citing ${who}`);
    }
    for (const claim of lib.claims) {
      for (const view of claimEvidence(lib, claim.slug)) {
        expect(view.relationText.startsWith(view.relationHead)).toBe(true);
        if (view.relation !== 'reports') expect(view.relationText).toContain(view.note!);
      }
    }
  });
});

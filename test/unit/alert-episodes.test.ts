import { describe, expect, it } from 'vitest';
import { episodeChanges, type Evaluation, type Verdict } from '../../server/alerts/alert-episodes.ts';

const one = (verdict: Verdict): Evaluation<null> => ({ observations: [{ subject: '', verdict, figures: null }], othersClear: false });
const findings = (...subjects: string[]): Evaluation<null> => ({ observations: subjects.map((subject) => ({ subject, verdict: 'holds', figures: null })), othersClear: true });

describe('episodeChanges: an alert fires once per episode', () => {
  it('a condition that starts to hold opens an episode; while it holds nothing more happens', () => {
    expect(episodeChanges([], one('holds')).toOpen.map((o) => o.subject)).toEqual(['']);
    expect(episodeChanges([{ id: 7, subject: '' }], one('holds'))).toEqual({ toOpen: [], toClose: [] });
  });

  it('a check that cannot tell leaves the episode as it is: open stays open, none stays none', () => {
    expect(episodeChanges([{ id: 7, subject: '' }], one('unknown'))).toEqual({ toOpen: [], toClose: [] });
    expect(episodeChanges([], one('unknown'))).toEqual({ toOpen: [], toClose: [] });
  });

  it('it closes when a check sees it clear, and holding again after that opens a new one', () => {
    expect(episodeChanges([{ id: 7, subject: '' }], one('clear'))).toEqual({ toOpen: [], toClose: [7] });
    expect(episodeChanges([], one('clear'))).toEqual({ toOpen: [], toClose: [] });
  });

  it('findings: each is its own episode; one no longer found closes, a new one opens', () => {
    const { toOpen, toClose } = episodeChanges([{ id: 1, subject: 'a' }, { id: 2, subject: 'b' }], findings('b', 'c'));
    expect(toOpen.map((o) => o.subject)).toEqual(['c']);
    expect(toClose).toEqual([1]);
  });
});

/**
 * The self-assessment's scoring (src/elements/si-self-assessment/scoring.ts): hand-worked examples, then
 * properties any answers must keep.
 */
import { expect } from '@open-wc/testing';
import * as fc from 'fast-check';
import './shared/property-seed.js';
import { bandOf, changeOf, scoreArea, scoreAssessment, type Answer, type AreaAnswers } from '../src/elements/si-self-assessment/scoring.js';

const area = (id: string, answers: Array<Answer | undefined>): AreaAnswers => ({ id, answers });

describe('self-assessment scoring: worked examples', () => {
  it('scores an area as the share of the maximum over the statements rated with a level', () => {
    // 3 + 2 = 5 points of a possible 2 × 3 = 6 → 83.3 → 83. "Not applicable", "don't know" and the unanswered one are only counted.
    expect(scoreArea(area('a', [3, 2, 'na', 'dk', undefined]), 3)).to.deep.equal({
      id: 'a',
      score: 83,
      band: 'established',
      rated: 2,
      notApplicable: 1,
      dontKnow: 1,
      unanswered: 1,
      points: 5,
    });
    expect(scoreArea(area('b', [0, 0, 0]), 3).score).to.equal(0);
    expect(scoreArea(area('c', [1, 1, 1, 1]), 3)).to.include({ score: 33, band: 'beginning' });
    expect(scoreArea(area('d', [1, 2, 2, 2]), 3)).to.include({ score: 58, band: 'developing' }); // 7 / 12
    expect(scoreArea(area('e', [1, 1, 1, 0]), 3)).to.include({ score: 25, band: 'beginning' }); // 3 / 12, exactly on the boundary
    expect(scoreArea(area('f', [0, 0, 0, 1]), 3)).to.include({ score: 8, band: 'starting' }); // 1 / 12
    expect(scoreArea(area('g', [3, 3, 3]), 3)).to.include({ score: 100, band: 'established' });
    expect(scoreArea(area('h', [1, 2]), 2)).to.include({ score: 75, band: 'established' }); // a three-level scale: 3 / 4
  });

  it('gives an area with nothing rated no score and no band', () => {
    expect(scoreArea(area('a', ['na', 'dk', undefined]), 3)).to.include({ score: null, band: null, rated: 0, notApplicable: 1, dontKnow: 1, unanswered: 1 });
    expect(scoreArea(area('b', []), 3)).to.include({ score: null, band: null, rated: 0 });
  });

  it('counts a level outside the scale as not answered', () => {
    expect(scoreArea(area('a', [4, -1, 1.5, 2]), 3)).to.include({ score: 67, rated: 1, unanswered: 3 });
    expect(() => scoreArea(area('a', [1]), 0)).to.throw(RangeError);
  });

  it('puts every score in its band: 0–24, 25–49, 50–74, 75–100', () => {
    expect([0, 24, 25, 49, 50, 74, 75, 100].map(bandOf)).to.deep.equal([
      'starting',
      'starting',
      'beginning',
      'beginning',
      'developing',
      'developing',
      'established',
      'established',
    ]);
  });

  it('pools every rated statement for the overall score (not the mean of the areas)', () => {
    // A: 6 of 6; B: 0 of 12; C has nothing rated. Pooled: 6 / 18 = 33 (the mean of the areas would be 50).
    const result = scoreAssessment([area('a', [3, 3]), area('b', [0, 0, 0, 0]), area('c', ['na', 'dk'])], 3);
    expect(result.overall).to.deep.equal({ score: 33, band: 'beginning', rated: 6, notApplicable: 1, dontKnow: 1, unanswered: 0 });
    expect(scoreAssessment([area('a', ['na']), area('b', [])], 3).overall).to.include({ score: null, band: null, rated: 0 });
  });

  it('names the lowest areas as gaps and the highest as strengths, leaving out areas with nothing rated', () => {
    // Scores: a 50, b 0, c 100, d 50, e 67, f not scored. Five scored: up to 3 gaps, up to 2 strengths.
    const result = scoreAssessment(
      [area('a', [2, 1]), area('b', [0, 0]), area('c', [3, 3]), area('d', [1, 2]), area('e', [2, 2, 2]), area('f', ['na', undefined])],
      3,
    );
    expect(result.areas.map((entry) => entry.score)).to.deep.equal([50, 0, 100, 50, 67, null]);
    expect(result.gaps).to.deep.equal(['b', 'a', 'd']); // a and d tie at 50: the earlier area comes first
    expect(result.strengths).to.deep.equal(['c', 'e']);
  });

  it('breaks ties by the order of the instrument, and keeps 100 out of the gaps and 0 out of the strengths', () => {
    const same = scoreAssessment([area('a', [2]), area('b', [2]), area('c', [2]), area('d', [2])], 3);
    expect([same.gaps, same.strengths]).to.deep.equal([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    const perfect = scoreAssessment([area('a', [3]), area('b', [3]), area('c', [3])], 3);
    expect([perfect.gaps, perfect.strengths]).to.deep.equal([[], ['a']]);
    const none = scoreAssessment([area('a', [0]), area('b', [0])], 3);
    expect([none.gaps, none.strengths]).to.deep.equal([['a'], []]);
    const one = scoreAssessment([area('a', [1]), area('b', ['na'])], 3);
    expect([one.gaps, one.strengths]).to.deep.equal([['a'], []]);
  });

  it('keeps at most three of each by default, or as many as asked', () => {
    const ten = Array.from({ length: 10 }, (_, index) => area(`a${index}`, [index % 4]));
    const result = scoreAssessment(ten, 3);
    expect(result.gaps).to.deep.equal(['a0', 'a4', 'a8']);
    expect(result.strengths).to.deep.equal(['a3', 'a7', 'a2']);
    expect(scoreAssessment(ten, 3, 1).gaps).to.deep.equal(['a0']);
  });

  it('measures the change from an earlier score', () => {
    expect([changeOf(60, 45), changeOf(30, 42), changeOf(50, 50), changeOf(null, 20), changeOf(20, null), changeOf(20, undefined)]).to.deep.equal([
      15,
      -12,
      0,
      null,
      null,
      null,
    ]);
  });
});

const maxLevelArb = fc.integer({ min: 1, max: 6 });
const answersArb = (maxLevel: number) =>
  fc.array(fc.oneof(fc.integer({ min: 0, max: maxLevel }), fc.constantFrom<Answer | undefined>('na', 'dk', undefined)), { maxLength: 20 });
const assessmentArb = maxLevelArb.chain((maxLevel) =>
  fc.record({ maxLevel: fc.constant(maxLevel), areas: fc.array(answersArb(maxLevel), { minLength: 1, maxLength: 12 }) }),
);

describe('self-assessment scoring: properties', () => {
  it('keeps every score a whole number from 0 to 100, and null exactly when nothing was rated', () => {
    fc.assert(
      fc.property(assessmentArb, ({ maxLevel, areas }) => {
        const result = scoreAssessment(
          areas.map((answers, index) => area(`a${index}`, answers)),
          maxLevel,
        );
        for (const tally of [...result.areas, result.overall]) {
          if (tally.rated === 0) expect(tally.score).to.equal(null);
          else {
            expect(Number.isInteger(tally.score)).to.equal(true);
            expect(tally.score).to.be.within(0, 100);
            expect(tally.band).to.equal(bandOf(tally.score!));
          }
        }
      }),
    );
  });

  it('changes no denominator for "not applicable" or "don’t know" answers', () => {
    fc.assert(
      fc.property(
        maxLevelArb.chain((maxLevel) =>
          fc.record({
            maxLevel: fc.constant(maxLevel),
            answers: answersArb(maxLevel),
            extra: fc.array(fc.record({ at: fc.nat(), answer: fc.constantFrom<Answer>('na', 'dk') }), { minLength: 1, maxLength: 5 }),
          }),
        ),
        ({ maxLevel, answers, extra }) => {
          const before = scoreArea(area('a', answers), maxLevel);
          const more = [...answers];
          for (const { at, answer } of extra) more.splice(at % (more.length + 1), 0, answer);
          const after = scoreArea(area('a', more), maxLevel);
          expect([after.score, after.rated, after.points]).to.deep.equal([before.score, before.rated, before.points]);
          expect(after.notApplicable + after.dontKnow).to.equal(before.notApplicable + before.dontKnow + extra.length);
        },
      ),
    );
  });

  it('never lowers an area (or the overall score) when one answer is raised', () => {
    fc.assert(
      fc.property(
        assessmentArb.chain(({ maxLevel, areas }) =>
          fc.record({ maxLevel: fc.constant(maxLevel), areas: fc.constant(areas), which: fc.nat(), at: fc.nat(), by: fc.integer({ min: 1, max: maxLevel }) }),
        ),
        ({ maxLevel, areas, which, at, by }) => {
          const index = which % areas.length;
          const answers = areas[index];
          const levels = answers
            .map((answer, position) => ({ answer, position }))
            .filter((entry) => typeof entry.answer === 'number' && entry.answer < maxLevel);
          fc.pre(levels.length > 0);
          const target = levels[at % levels.length];
          const raised = areas.map((list, areaIndex) =>
            areaIndex === index ? list.map((answer, position) => (position === target.position ? Math.min(maxLevel, (answer as number) + by) : answer)) : list,
          );
          const before = scoreAssessment(
            areas.map((list, i) => area(`a${i}`, list)),
            maxLevel,
          );
          const after = scoreAssessment(
            raised.map((list, i) => area(`a${i}`, list)),
            maxLevel,
          );
          expect(after.areas[index].score!).to.be.at.least(before.areas[index].score!);
          expect(after.overall.score!).to.be.at.least(before.overall.score!);
        },
      ),
    );
  });

  it('keeps gaps and strengths apart, among scored areas only, every gap at or below every strength', () => {
    fc.assert(
      fc.property(assessmentArb, ({ maxLevel, areas }) => {
        const result = scoreAssessment(
          areas.map((answers, index) => area(`a${index}`, answers)),
          maxLevel,
        );
        const scoreOf = new Map(result.areas.map((entry) => [entry.id, entry.score]));
        const scored = result.areas.filter((entry) => entry.score !== null).length;
        expect(result.gaps.filter((id) => result.strengths.includes(id))).to.deep.equal([]);
        for (const id of [...result.gaps, ...result.strengths]) expect(scoreOf.get(id)).not.to.equal(null);
        expect(result.gaps.length).to.be.at.most(Math.min(3, Math.ceil(scored / 2)));
        expect(result.strengths.length).to.be.at.most(Math.min(3, Math.floor(scored / 2)));
        const gapScores = result.gaps.map((id) => scoreOf.get(id)!);
        const strengthScores = result.strengths.map((id) => scoreOf.get(id)!);
        if (gapScores.length && strengthScores.length) expect(Math.max(...gapScores)).to.be.at.most(Math.min(...strengthScores));
        expect(gapScores).to.deep.equal([...gapScores].sort((a, b) => a - b));
        expect(strengthScores).to.deep.equal([...strengthScores].sort((a, b) => b - a));
      }),
    );
  });

  it('is deterministic: the same answers give the same result', () => {
    fc.assert(
      fc.property(assessmentArb, ({ maxLevel, areas }) => {
        const build = () =>
          scoreAssessment(
            areas.map((answers, index) => area(`a${index}`, answers)),
            maxLevel,
          );
        expect(build()).to.deep.equal(build());
      }),
    );
  });
});

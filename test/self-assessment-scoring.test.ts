/**
 * The self-assessment's scoring (src/elements/si-self-assessment/scoring.ts): hand-worked examples of
 * every rule, then properties any answers must keep.
 */
import { expect } from '@open-wc/testing';
import * as fc from 'fast-check';
import './shared/property-seed.js';
import {
  bandFloors,
  bandOf,
  changeOf,
  minimumRated,
  scoreArea,
  scoreAssessment,
  type Answer,
  type AreaAnswers,
} from '../src/elements/si-self-assessment/scoring.js';

const area = (id: string, answers: Array<Answer | undefined>): AreaAnswers => ({ id, answers });
/** The default scale: 0 not in place, 1 started, 2 partly in place, 3 in place. */
const TOP = 3;

describe('self-assessment scoring: worked examples', () => {
  it('scores an area as the average of its rated statements, as a share of the top level', () => {
    // 3 + 2 = 5 points of a possible 2 × 3 = 6 → 83.3 → 83. "Not applicable" and "don't know" are only counted.
    expect(scoreArea(area('a', [3, 2, 'na', 'dk']), TOP)).to.deep.equal({
      id: 'a',
      score: 83,
      band: 2,
      rated: 2,
      notApplicable: 1,
      dontKnow: 1,
      unanswered: 0,
      points: 5,
      needed: 2,
      below: [1],
      unknown: [3],
    });
    expect(scoreArea(area('b', [0, 0, 0]), TOP).score).to.equal(0);
    expect(scoreArea(area('c', [1, 1, 1, 1]), TOP)).to.include({ score: 33, band: 1 });
    expect(scoreArea(area('d', [1, 2, 2, 2]), TOP)).to.include({ score: 58, band: 2 }); // 7 / 12 = 58.3
    expect(scoreArea(area('g', [3, 3, 3]), TOP)).to.include({ score: 100, band: 3 });
  });

  it('bands are absolute, named by the scale’s own levels: 0–24, 25–57, 58–91, 92–100 on four levels', () => {
    expect(bandFloors(3)).to.deep.equal([0, 25, 58, 92]);
    expect([0, 24, 25, 57, 58, 91, 92, 100].map((score) => bandOf(score, 3))).to.deep.equal([0, 0, 1, 1, 2, 2, 3, 3]);
    // Other scales, by the same rule: a level is reached a quarter of a step below it.
    expect(bandFloors(1)).to.deep.equal([0, 75]); // yes / no
    expect(bandFloors(2)).to.deep.equal([0, 38, 88]);
    expect(bandFloors(4)).to.deep.equal([0, 19, 44, 69, 94]);
    expect(() => bandFloors(0)).to.throw(RangeError);
  });

  it('keeps the top level for areas where nearly every statement is at the top', () => {
    // Three "in place" and one "not in place" is 75: partly in place, not in place.
    expect(scoreArea(area('a', [3, 3, 3, 0]), TOP)).to.include({ score: 75, band: 2 });
    // Three "in place" and one "partly in place" is 92: in place.
    expect(scoreArea(area('b', [3, 3, 3, 2]), TOP)).to.include({ score: 92, band: 3 });
    // Five statements, four at the top and one started: 13 / 15 = 87, still partly in place.
    expect(scoreArea(area('c', [3, 3, 3, 3, 1]), TOP)).to.include({ score: 87, band: 2 });
  });

  it('does not list an area at 92 under the gaps, and still gives its one step below the top', () => {
    const result = scoreAssessment([area('financing', [3, 3, 3, 2]), area('policy', [1, 1, 0, 2])], TOP);
    expect(result.areas.map((entry) => [entry.score, entry.band])).to.deep.equal([
      [92, 3],
      [33, 1],
    ]);
    expect(result.gaps).to.deep.equal(['policy']);
    expect(result.strengths).to.deep.equal(['financing']);
    expect(result.areas[0].below, 'the statement rated "partly in place"').to.deep.equal([3]);
    expect(result.areas[1].below).to.deep.equal([0, 1, 2, 3]);
  });

  it('has no gaps when every scored area is at the top level', () => {
    const result = scoreAssessment([area('a', [3, 3]), area('b', [3, 3, 3, 2]), area('c', ['na', 'na']), area('d', [])], TOP);
    expect(result.gaps).to.deep.equal([]);
    expect(result.strengths).to.deep.equal(['a', 'b']);
  });

  it('turns “don’t know” into things to find out, and needs enough rated statements before an area gets a score', () => {
    // One "in place" and three "don't know" is not 100: it is no score yet, and three things to find out.
    const unsure = scoreArea(area('a', [3, 'dk', 'dk', 'dk']), TOP);
    expect(unsure).to.include({ score: null, band: null, rated: 1, dontKnow: 3, needed: 2 });
    expect(unsure.unknown).to.deep.equal([1, 2, 3]);
    // Two of four rated is half: enough.
    expect(scoreArea(area('b', [3, 2, 'dk', 'dk']), TOP)).to.include({ score: 83, needed: 2 });
    // "Not applicable" statements do not count toward what is needed; unanswered ones do.
    expect(scoreArea(area('c', [3, 'na', 'na', 'na']), TOP)).to.include({ score: 100, needed: 1 });
    expect(scoreArea(area('d', [3, undefined, undefined, undefined, undefined]), TOP)).to.include({ score: null, needed: 3 });
    const result = scoreAssessment([area('a', [3, 'dk', 'dk', 'dk']), area('b', [2, 2])], TOP);
    expect(result.unscored).to.deep.equal(['a']);
    expect([result.gaps, result.strengths]).to.deep.equal([['b'], []]);
  });

  it('asks for at least half of the statements that apply, and at least two, or all of them when fewer apply', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 20].map(minimumRated)).to.deep.equal([0, 1, 2, 2, 2, 3, 3, 4, 10]);
  });

  it('gives an area with nothing rated no score and no band, and leaves areas never started out of the unscored list', () => {
    expect(scoreArea(area('a', ['na', 'dk', undefined]), TOP)).to.include({ score: null, band: null, rated: 0, notApplicable: 1, dontKnow: 1, unanswered: 1 });
    expect(scoreArea(area('b', []), TOP)).to.include({ score: null, band: null, rated: 0 });
    expect(scoreAssessment([area('a', [undefined, undefined]), area('b', ['na'])], TOP).unscored).to.deep.equal([]);
  });

  it('counts a level outside the scale as not answered', () => {
    expect(scoreArea(area('a', [4, -1, 1.5, 2, 2]), TOP)).to.include({ score: null, rated: 2, unanswered: 3, needed: 3 });
    expect(scoreArea(area('a', [4, 2, 2]), TOP)).to.include({ score: 67, rated: 2, unanswered: 1 });
    expect(() => scoreArea(area('a', [1]), 0)).to.throw(RangeError);
  });

  it('gives every area the same weight in the overall score: the average of the area scores', () => {
    // A has five statements at the top (100), B two at the bottom (0). Pooled statements would say 71; each area counting the same says 50.
    const result = scoreAssessment([area('a', [3, 3, 3, 3, 3]), area('b', [0, 0]), area('c', ['na', 'dk'])], TOP);
    expect(result.overall).to.deep.equal({ score: 50, band: 1, rated: 7, notApplicable: 1, dontKnow: 1, unanswered: 0, areasScored: 2 });
    // From the rounded area scores shown in the table: (33 + 67 + 100) / 3 = 66.7 → 67.
    expect(scoreAssessment([area('a', [1, 1, 1]), area('b', [2, 2]), area('c', [3, 3])], TOP).overall).to.include({ score: 67, areasScored: 3 });
    expect(scoreAssessment([area('a', ['na']), area('b', [])], TOP).overall).to.include({ score: null, band: null, areasScored: 0 });
  });

  it('orders gaps weakest first and strengths strongest first, ties by the instrument’s order', () => {
    const result = scoreAssessment(
      [area('a', [2, 1]), area('b', [0, 0]), area('c', [3, 3]), area('d', [1, 2]), area('e', [3, 3, 3, 2]), area('f', ['na', undefined])],
      TOP,
    );
    expect(result.areas.map((entry) => entry.score)).to.deep.equal([50, 0, 100, 50, 92, null]);
    expect(result.gaps).to.deep.equal(['b', 'a', 'd']); // a and d tie at 50: the earlier area comes first
    expect(result.strengths).to.deep.equal(['c', 'e']);
    const same = scoreAssessment([area('a', [2, 2]), area('b', [2, 2]), area('c', [3, 3]), area('d', [3, 3])], TOP);
    expect([same.gaps, same.strengths]).to.deep.equal([
      ['a', 'b'],
      ['c', 'd'],
    ]);
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
const scoreAll = (areas: ReadonlyArray<ReadonlyArray<Answer | undefined>>, maxLevel: number) =>
  scoreAssessment(
    areas.map((answers, index) => area(`a${index}`, [...answers])),
    maxLevel,
  );

describe('self-assessment scoring: properties', () => {
  it('keeps every score a whole number from 0 to 100, null exactly when too little was rated, and its band the one its score reaches', () => {
    fc.assert(
      fc.property(assessmentArb, ({ maxLevel, areas }) => {
        const result = scoreAll(areas, maxLevel);
        for (const tally of result.areas) {
          const enough = tally.rated > 0 && tally.rated >= minimumRated(tally.rated + tally.dontKnow + tally.unanswered);
          expect(tally.score === null).to.equal(!enough);
          expect(tally.needed).to.equal(minimumRated(tally.rated + tally.dontKnow + tally.unanswered));
        }
        for (const tally of [...result.areas, result.overall]) {
          if (tally.score === null) expect(tally.band).to.equal(null);
          else {
            expect(Number.isInteger(tally.score)).to.equal(true);
            expect(tally.score).to.be.within(0, 100);
            expect(tally.band).to.equal(bandOf(tally.score, maxLevel));
          }
        }
      }),
    );
  });

  it('makes the overall score the plain average of the area scores', () => {
    fc.assert(
      fc.property(assessmentArb, ({ maxLevel, areas }) => {
        const result = scoreAll(areas, maxLevel);
        const scores = result.areas.flatMap((entry) => (entry.score === null ? [] : [entry.score]));
        expect(result.overall.areasScored).to.equal(scores.length);
        expect(result.overall.score).to.equal(scores.length ? Math.round(scores.reduce((a, b) => a + b, 0) / scores.length) : null);
      }),
    );
  });

  it('changes no score for extra "not applicable" answers', () => {
    fc.assert(
      fc.property(
        maxLevelArb.chain((maxLevel) =>
          fc.record({ maxLevel: fc.constant(maxLevel), answers: answersArb(maxLevel), extra: fc.array(fc.nat(), { minLength: 1, maxLength: 5 }) }),
        ),
        ({ maxLevel, answers, extra }) => {
          const before = scoreArea(area('a', answers), maxLevel);
          const more = [...answers];
          for (const at of extra) more.splice(at % (more.length + 1), 0, 'na');
          const after = scoreArea(area('a', more), maxLevel);
          expect([after.score, after.rated, after.points, after.needed]).to.deep.equal([before.score, before.rated, before.points, before.needed]);
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
          const levels = areas[index]
            .map((answer, position) => ({ answer, position }))
            .filter((entry) => typeof entry.answer === 'number' && entry.answer < maxLevel);
          fc.pre(levels.length > 0);
          const target = levels[at % levels.length];
          const raised = areas.map((list, areaIndex) =>
            areaIndex === index ? list.map((answer, position) => (position === target.position ? Math.min(maxLevel, (answer as number) + by) : answer)) : list,
          );
          const before = scoreAll(areas, maxLevel);
          const after = scoreAll(raised, maxLevel);
          expect(after.areas[index].score === null).to.equal(before.areas[index].score === null);
          if (before.areas[index].score !== null) expect(after.areas[index].score!).to.be.at.least(before.areas[index].score!);
          if (before.overall.score !== null) expect(after.overall.score!).to.be.at.least(before.overall.score);
        },
      ),
    );
  });

  it('splits the scored areas into gaps (below the top band) and strengths (in it), each in order', () => {
    fc.assert(
      fc.property(assessmentArb, ({ maxLevel, areas }) => {
        const result = scoreAll(areas, maxLevel);
        const byId = new Map(result.areas.map((entry) => [entry.id, entry]));
        const scored = result.areas.filter((entry) => entry.score !== null);
        expect([...result.gaps, ...result.strengths].sort()).to.deep.equal(scored.map((entry) => entry.id).sort());
        for (const id of result.gaps) expect(byId.get(id)!.band).to.be.below(maxLevel);
        for (const id of result.strengths) expect(byId.get(id)!.band).to.equal(maxLevel);
        const gapScores = result.gaps.map((id) => byId.get(id)!.score!);
        const strengthScores = result.strengths.map((id) => byId.get(id)!.score!);
        expect(gapScores).to.deep.equal([...gapScores].sort((a, b) => a - b));
        expect(strengthScores).to.deep.equal([...strengthScores].sort((a, b) => b - a));
        for (const entry of result.areas) {
          expect(entry.below.every((position) => typeof areas[Number(entry.id.slice(1))][position] === 'number')).to.equal(true);
          expect(entry.unknown.length).to.equal(entry.dontKnow);
        }
      }),
    );
  });

  it('is deterministic: the same answers give the same result', () => {
    fc.assert(
      fc.property(assessmentArb, ({ maxLevel, areas }) => {
        expect(scoreAll(areas, maxLevel)).to.deep.equal(scoreAll(areas, maxLevel));
      }),
    );
  });
});

/**
 * Scoring for `<si-self-assessment>`: pure functions, no DOM, tested on their own
 * (test/self-assessment-scoring.test.ts). Every rule is one a team can check by hand from its answers.
 *
 * - An answer is a level of the scale (0 = the lowest, `maxLevel` = the highest), `'na'` (not
 *   applicable), `'dk'` (don't know) or nothing (not answered).
 * - An area's score is the average of its rated statements as a share of the top level:
 *   `round(100 × Σ levels / (maxLevel × rated))`, from 0 to 100. "Not applicable" and "don't know"
 *   are left out of both sums, and counted.
 * - An area gets a score only when enough of it is rated: at least half of the statements that apply
 *   to it (every statement but the "not applicable" ones), and at least two of them, or all of them
 *   when fewer apply (`minimumRated`). One rated statement and three "don't know" is not a score of 100:
 *   it is no score yet, and three things to find out.
 * - Bands are absolute and take the scale's own level names: an area is at a level once its average
 *   reaches a quarter of a step below it. On the default four levels that is 0–24, 25–57, 58–91 and
 *   92–100, so the top level means nearly every statement is at the top (three at the top and one at
 *   the bottom is 75: the level below). `bandFloors` gives the floors of any scale.
 * - The overall score is the average of the area scores, each area counting the same however many
 *   statements it has (rounded from the rounded area scores shown in the table, so a team can check it).
 * - Gaps are the scored areas below the top band, weakest first; strengths the areas in the top band,
 *   strongest first. Ties go to the area that comes first in the instrument. With every scored area in
 *   the top band there are no gaps. Next steps belong to statements: each statement rated below the top
 *   level (`below`) and each "don't know" (`unknown`, a thing to find out), wherever its area stands.
 */

export type Answer = number | 'na' | 'dk';

export interface Tally {
  /** 0–100, or null when too little was rated. */
  score: number | null;
  /** The level of the scale the score reaches (0 = the lowest), or null without a score. */
  band: number | null;
  /** Statements answered with a level. */
  rated: number;
  notApplicable: number;
  dontKnow: number;
  unanswered: number;
}

export interface AreaScore extends Tally {
  id: string;
  /** Σ levels over the rated statements. */
  points: number;
  /** How many rated statements a score needs here (see `minimumRated`). */
  needed: number;
  /** Positions of the statements rated below the top level, in order. */
  below: number[];
  /** Positions of the statements answered "don't know", in order. */
  unknown: number[];
}

export interface OverallScore extends Tally {
  /** How many areas have a score: the overall score is their average. */
  areasScored: number;
}

export interface AreaAnswers {
  id: string;
  /** One entry per statement, in order; `undefined` when not answered. */
  answers: ReadonlyArray<Answer | undefined>;
}

export interface AssessmentScore {
  areas: AreaScore[];
  overall: OverallScore;
  /** Ids of the areas in the top band, strongest first. */
  strengths: string[];
  /** Ids of the scored areas below the top band, weakest first. */
  gaps: string[];
  /** Ids of the areas with answers but too few rated for a score. */
  unscored: string[];
}

function checkScale(maxLevel: number): void {
  if (!Number.isInteger(maxLevel) || maxLevel < 1) throw new RangeError('maxLevel must be a whole number of at least 1');
}

/** The lowest score of each level, from level 0 (always 0) to the top: `round(100 × (level − ¼) / maxLevel)`. */
export function bandFloors(maxLevel: number): number[] {
  checkScale(maxLevel);
  return Array.from({ length: maxLevel + 1 }, (_, level) => (level === 0 ? 0 : Math.round((100 * (level - 0.25)) / maxLevel)));
}

/** The level a score reaches. */
export function bandOf(score: number, maxLevel: number): number {
  const floors = bandFloors(maxLevel);
  let band = 0;
  floors.forEach((floor, level) => {
    if (score >= floor) band = level;
  });
  return band;
}

/** How many rated statements an area needs for a score when `applicable` of its statements apply. */
export function minimumRated(applicable: number): number {
  return Math.min(applicable, Math.max(2, Math.ceil(applicable / 2)));
}

const isLevel = (answer: unknown, maxLevel: number): answer is number =>
  typeof answer === 'number' && Number.isInteger(answer) && answer >= 0 && answer <= maxLevel;

/** Scores one area. A level outside 0…maxLevel counts as not answered. */
export function scoreArea(area: AreaAnswers, maxLevel: number): AreaScore {
  checkScale(maxLevel);
  let points = 0;
  let rated = 0;
  let notApplicable = 0;
  let unanswered = 0;
  const below: number[] = [];
  const unknown: number[] = [];
  area.answers.forEach((answer, index) => {
    if (isLevel(answer, maxLevel)) {
      points += answer;
      rated++;
      if (answer < maxLevel) below.push(index);
    } else if (answer === 'na') notApplicable++;
    else if (answer === 'dk') unknown.push(index);
    else unanswered++;
  });
  const needed = minimumRated(area.answers.length - notApplicable);
  const score = rated > 0 && rated >= needed ? Math.round((100 * points) / (maxLevel * rated)) : null;
  return {
    id: area.id,
    score,
    band: score === null ? null : bandOf(score, maxLevel),
    rated,
    notApplicable,
    dontKnow: unknown.length,
    unanswered,
    points,
    needed,
    below,
    unknown,
  };
}

export function scoreAssessment(areas: readonly AreaAnswers[], maxLevel: number): AssessmentScore {
  const scored = areas.map((area) => scoreArea(area, maxLevel));
  const sum = (key: 'rated' | 'notApplicable' | 'dontKnow' | 'unanswered') => scored.reduce((total, area) => total + area[key], 0);
  const withScore = scored
    .map((area, index) => ({ area, index, score: area.score }))
    .filter((entry): entry is typeof entry & { score: number } => entry.score !== null);
  const overallScore = withScore.length ? Math.round(withScore.reduce((total, entry) => total + entry.score, 0) / withScore.length) : null;
  const overall: OverallScore = {
    score: overallScore,
    band: overallScore === null ? null : bandOf(overallScore, maxLevel),
    rated: sum('rated'),
    notApplicable: sum('notApplicable'),
    dontKnow: sum('dontKnow'),
    unanswered: sum('unanswered'),
    areasScored: withScore.length,
  };
  const gaps = withScore
    .filter((entry) => entry.area.band! < maxLevel)
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .map((entry) => entry.area.id);
  const strengths = withScore
    .filter((entry) => entry.area.band === maxLevel)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((entry) => entry.area.id);
  const unscored = scored.filter((area) => area.score === null && area.rated + area.dontKnow > 0).map((area) => area.id);
  return { areas: scored, overall, strengths, gaps, unscored };
}

/** The change from an earlier score to the current one, or null when either side has no score. */
export function changeOf(now: number | null | undefined, earlier: number | null | undefined): number | null {
  return typeof now === 'number' && typeof earlier === 'number' ? now - earlier : null;
}

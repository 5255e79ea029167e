/**
 * Scoring for `<si-self-assessment>`: pure functions, no DOM, tested on their own
 * (test/self-assessment-scoring.test.ts).
 *
 * - An answer is a level (0 = the lowest, `maxLevel` = the highest), `'na'` (not applicable), `'dk'`
 *   (don't know) or nothing (not answered).
 * - An area's score is the share of the maximum over its statements answered with a level:
 *   `round(100 × Σ levels / (maxLevel × rated))`, from 0 to 100. "Not applicable", "don't know" and
 *   unanswered statements are left out of both sums (and counted). An area with no rated statement has
 *   no score (`null`) and no band, and is left out of strengths, gaps and the overall score.
 * - The overall score is the same share over every rated statement of every scored area.
 * - Bands, on the rounded score: 0–24 `starting`, 25–49 `beginning`, 50–74 `developing`,
 *   75–100 `established`.
 * - Gaps are the lowest-scoring areas, strengths the highest (at most `limit` each, three by default):
 *   with n scored areas, gaps take up to ⌈n/2⌉ and strengths up to ⌊n/2⌋, so no area is both. An area
 *   at 100 is never a gap and an area at 0 never a strength. Ties go to the area that comes first in
 *   the instrument, in both lists.
 */

export type Answer = number | 'na' | 'dk';

export const BANDS = ['starting', 'beginning', 'developing', 'established'] as const;
export type Band = (typeof BANDS)[number];

/** The lowest score of each band, in order. */
export const BAND_FLOORS: Readonly<Record<Band, number>> = { starting: 0, beginning: 25, developing: 50, established: 75 };

export interface Tally {
  /** 0–100, or null when nothing was rated. */
  score: number | null;
  band: Band | null;
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
}

export interface AreaAnswers {
  id: string;
  /** One entry per statement, in order; `undefined` when not answered. */
  answers: ReadonlyArray<Answer | undefined>;
}

export interface AssessmentScore {
  areas: AreaScore[];
  overall: Tally;
  /** Area ids, strongest first. */
  strengths: string[];
  /** Area ids, weakest first. */
  gaps: string[];
}

export function bandOf(score: number): Band {
  if (score >= BAND_FLOORS.established) return 'established';
  if (score >= BAND_FLOORS.developing) return 'developing';
  if (score >= BAND_FLOORS.beginning) return 'beginning';
  return 'starting';
}

const isLevel = (answer: unknown, maxLevel: number): answer is number =>
  typeof answer === 'number' && Number.isInteger(answer) && answer >= 0 && answer <= maxLevel;

function share(points: number, rated: number, maxLevel: number): number | null {
  return rated > 0 ? Math.round((100 * points) / (maxLevel * rated)) : null;
}

/** Scores one area. A level outside 0…maxLevel counts as not answered. */
export function scoreArea(area: AreaAnswers, maxLevel: number): AreaScore {
  if (!Number.isInteger(maxLevel) || maxLevel < 1) throw new RangeError('maxLevel must be a whole number of at least 1');
  let points = 0;
  let rated = 0;
  let notApplicable = 0;
  let dontKnow = 0;
  let unanswered = 0;
  for (const answer of area.answers) {
    if (isLevel(answer, maxLevel)) {
      points += answer;
      rated++;
    } else if (answer === 'na') notApplicable++;
    else if (answer === 'dk') dontKnow++;
    else unanswered++;
  }
  const score = share(points, rated, maxLevel);
  return { id: area.id, score, band: score === null ? null : bandOf(score), rated, notApplicable, dontKnow, unanswered, points };
}

export function scoreAssessment(areas: readonly AreaAnswers[], maxLevel: number, limit = 3): AssessmentScore {
  const scored = areas.map((area) => scoreArea(area, maxLevel));
  const sum = (key: 'points' | 'rated' | 'notApplicable' | 'dontKnow' | 'unanswered') => scored.reduce((total, area) => total + area[key], 0);
  const overallScore = share(sum('points'), sum('rated'), maxLevel);
  const overall: Tally = {
    score: overallScore,
    band: overallScore === null ? null : bandOf(overallScore),
    rated: sum('rated'),
    notApplicable: sum('notApplicable'),
    dontKnow: sum('dontKnow'),
    unanswered: sum('unanswered'),
  };

  const ranked = scored.map((area, index) => ({ area, index })).filter((entry) => entry.area.score !== null);
  const ascending = [...ranked].sort((a, b) => a.area.score! - b.area.score! || a.index - b.index);
  const descending = [...ranked].sort((a, b) => b.area.score! - a.area.score! || a.index - b.index);
  const gaps = ascending
    .filter((entry) => entry.area.score! < 100)
    .slice(0, Math.min(limit, Math.ceil(ranked.length / 2)))
    .map((entry) => entry.area.id);
  const strengths = descending
    .filter((entry) => entry.area.score! > 0 && !gaps.includes(entry.area.id))
    .slice(0, Math.min(limit, Math.floor(ranked.length / 2)))
    .map((entry) => entry.area.id);
  return { areas: scored, overall, strengths, gaps };
}

/** The change from an earlier score to the current one, or null when either side has no score. */
export function changeOf(now: number | null | undefined, earlier: number | null | undefined): number | null {
  return typeof now === 'number' && typeof earlier === 'number' ? now - earlier : null;
}

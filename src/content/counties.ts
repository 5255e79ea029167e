/**
 * County lists for the TA request form's `region` attribute. Names are proper nouns and read the same
 * in English and Spanish. Each set says where its list comes from; the tests check every set against
 * `countySetSchema` and count them (58 in California, 64 in Colorado; FACTS.md).
 */
import * as z from 'zod/mini';
import { onFirstUse } from '../core/on-first-use.js';

export const countySetSchema = /* @__PURE__ */ onFirstUse(() =>
  z.object({
    region: z.string().check(z.regex(/^[A-Z]{2}$/)),
    /** The state's name, for the field's hint. */
    name: z.string().check(z.minLength(1)),
    counties: z.array(z.string().check(z.minLength(1), z.maxLength(60))).check(z.minLength(1)),
    source: z.object({ title: z.string(), url: z.url() }),
  }),
);
export type CountySet = z.infer<ReturnType<typeof countySetSchema>>;

export const californiaCounties: CountySet = {
  region: 'CA',
  name: 'California',
  counties: [
    'Alameda', 'Alpine', 'Amador', 'Butte', 'Calaveras', 'Colusa', 'Contra Costa', 'Del Norte', 'El Dorado',
    'Fresno', 'Glenn', 'Humboldt', 'Imperial', 'Inyo', 'Kern', 'Kings', 'Lake', 'Lassen', 'Los Angeles',
    'Madera', 'Marin', 'Mariposa', 'Mendocino', 'Merced', 'Modoc', 'Mono', 'Monterey', 'Napa', 'Nevada',
    'Orange', 'Placer', 'Plumas', 'Riverside', 'Sacramento', 'San Benito', 'San Bernardino', 'San Diego',
    'San Francisco', 'San Joaquin', 'San Luis Obispo', 'San Mateo', 'Santa Barbara', 'Santa Clara',
    'Santa Cruz', 'Shasta', 'Sierra', 'Siskiyou', 'Solano', 'Sonoma', 'Stanislaus', 'Sutter', 'Tehama',
    'Trinity', 'Tulare', 'Tuolumne', 'Ventura', 'Yolo', 'Yuba',
  ],
  source: {
    title: 'U.S. Census Bureau, ANSI/FIPS codes for counties (state 06); California State Association of Counties',
    url: 'https://www.census.gov/library/reference/code-lists/ansi.html',
  },
};

export const coloradoCounties: CountySet = {
  region: 'CO',
  name: 'Colorado',
  counties: [
    'Adams', 'Alamosa', 'Arapahoe', 'Archuleta', 'Baca', 'Bent', 'Boulder', 'Broomfield', 'Chaffee', 'Cheyenne',
    'Clear Creek', 'Conejos', 'Costilla', 'Crowley', 'Custer', 'Delta', 'Denver', 'Dolores', 'Douglas', 'Eagle',
    'El Paso', 'Elbert', 'Fremont', 'Garfield', 'Gilpin', 'Grand', 'Gunnison', 'Hinsdale', 'Huerfano', 'Jackson',
    'Jefferson', 'Kiowa', 'Kit Carson', 'La Plata', 'Lake', 'Larimer', 'Las Animas', 'Lincoln', 'Logan', 'Mesa',
    'Mineral', 'Moffat', 'Montezuma', 'Montrose', 'Morgan', 'Otero', 'Ouray', 'Park', 'Phillips', 'Pitkin',
    'Prowers', 'Pueblo', 'Rio Blanco', 'Rio Grande', 'Routt', 'Saguache', 'San Juan', 'San Miguel', 'Sedgwick',
    'Summit', 'Teller', 'Washington', 'Weld', 'Yuma',
  ],
  source: {
    title: 'U.S. Census Bureau, ANSI/FIPS codes for counties (state 08); Colorado Counties, Inc.',
    url: 'https://www.census.gov/library/reference/code-lists/ansi.html',
  },
};

/** The `region` values the form understands. */
export const countySets: Readonly<Record<string, CountySet>> = { CA: californiaCounties, CO: coloradoCounties };

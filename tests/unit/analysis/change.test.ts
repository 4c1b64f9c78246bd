import { describe, expect, it } from 'vitest';
import { changeBetween } from '../../../src/analysis/change.js';
import type { OrganizationRecord } from '../../../src/graph/read/records.js';

const org = (key: string, name: string): OrganizationRecord => ({
  key,
  name,
  kind: 'STATE',
  iso3: null,
  acronym: null,
  code: null,
  aliases: [],
  known: true,
});
const mexico = org('state:MEX', 'Mexico');
const uk = org('state:GBR', 'United Kingdom');
const peru = org('state:PER', 'Peru');
const qatar = org('state:QAT', 'Qatar');

describe('changeBetween', () => {
  it('when partners differ, then gained, lost and kept are the set differences, each by name', () => {
    expect(changeBetween([uk, mexico, qatar], [peru, uk, mexico])).toEqual({
      gained: [peru],
      lost: [qatar],
      kept: [mexico, uk],
    });
  });

  it('when the same organization comes twice, then it is listed once', () => {
    expect(changeBetween([], [peru, peru]).gained).toEqual([peru]);
  });

  it('when both lists are empty, then nothing changed', () => {
    expect(changeBetween([], [])).toEqual({ gained: [], lost: [], kept: [] });
  });
});

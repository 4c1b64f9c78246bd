// Units written either way under any catalogue parent, and the kind of every organization by the rule
// order of src/domain/organization-kinds.ts.
import { describe, expect, it } from 'vitest';
import { kindFromName } from '../../../src/domain/organization-kinds.js';
import { createOrganizationResolver } from '../../../src/domain/organizations.js';

const resolver = createOrganizationResolver();
const keyOf = (text: string): string => resolver.resolve(text).key;

describe('units written either way resolve to the same unit', () => {
  it.each([
    'UNODC Global Programme on Cybercrime',
    "UNODC's Global Programme on Cybercrime",
    'Global Programme on Cybercrime of UNODC',
    'the Global Programme on Cybercrime of the United Nations Office on Drugs and Crime',
    'Global Programme on Cybercrime (UNODC)',
    'United Nations Office on Drugs and Crime, Global Programme on Cybercrime',
    'the United Nations Office on Drugs and Crime (UNODC) Global Programme on Cybercrime',
  ])('when a UNODC unit is written "%s", then it is the catalogue unit', (text) => {
    expect(keyOf(text)).toBe('org:global-programme-on-cybercrime');
  });

  it.each([
    'Directorate-General for Migration and Home Affairs of the European Commission',
    "European Commission's Directorate-General for Migration and Home Affairs",
    'Directorate-General for Migration and Home Affairs (European Commission)',
    'European Commission, Directorate-General for Migration and Home Affairs',
  ])('when a unit of another parent (the European Commission) is written "%s", then it is the same unit', (text) => {
    expect(keyOf(text)).toBe('org:directorate-general-for-migration-and-home-affairs');
  });

  it('when parents nest ("UNODC, Research and Trend Analysis Branch, … Unit"), then the innermost unit is meant', () => {
    expect(
      keyOf(
        'the United Nations Office on Drugs and Crime, Research and Trend Analysis Branch, Programme Development and Management Unit',
      ),
    ).toBe('org:programme-development-and-management-unit');
  });

  it('when an unlisted unit is written either way under a parent, then both forms are one unknown unit of that parent', () => {
    const front = resolver.resolve('OSCE Transnational Threats Department');
    const back = resolver.resolve('Transnational Threats Department of the OSCE');
    expect(front).toMatchObject({
      key: 'org:transnational-threats-department',
      kind: 'IGO',
      parentKey: 'org:organization-for-security-and-co-operation-in-europe',
      known: false,
    });
    expect(back.key).toBe(front.key);
  });

  it('when "of" names something that is no unit ("Friends of UNODC"), then no unit is made up', () => {
    expect(resolver.resolve('Friends of UNODC').parentKey).toBeNull();
  });
});

describe('a kind for every organization', () => {
  it.each([
    ['University of Cape Town', 'ACADEMIC'],
    ['Knowmad Institut', 'ACADEMIC'],
    ['China Population and Development Research Center', 'ACADEMIC'],
    ['United Nations Development Programme', 'UN'],
    ['UN Habitat Programme', 'UN'],
    ['Office of the United Nations Special Envoy', 'UN'],
    ['Counter-Terrorism Committee of the Security Council', 'UN'],
    ['World Customs Organization', 'IGO'],
    ['Organization of Islamic Cooperation', 'IGO'],
    ['European Union Agency for Asylum', 'IGO'],
    ['Eurasian Economic Union', 'IGO'],
    ['Secretariat of the Basel Convention', 'IGO'],
    ['Asian Development Bank', 'IGO'],
    ['Levenson Foundation', 'NGO'],
    ['Center for Reproductive Rights', 'NGO'],
    ['ATHENA Network', 'NGO'],
    ['Act Church of Sweden', 'NGO'],
    ['Amnesty International', 'NGO'],
    ['Digital China, Ltd', 'OTHER'],
  ])('when nobody curated "%s", then its name makes it %s', (name, kind) => {
    expect(kindFromName(name)).toBe(kind);
  });

  it('when a name is in the catalogue or is a State, then that decides before any name pattern', () => {
    // "… Institute" would be ACADEMIC by name; the catalogue lists UNAFEI as a UN institute.
    expect(resolver.resolve('UNAFEI').kind).toBe('UN');
    expect(
      resolver.resolve(
        'United Nations Asia and Far East Institute for the Prevention of Crime and the Treatment of Offenders',
      ).kind,
    ).toBe('UN');
    expect(resolver.resolve('the Government of Viet Nam')).toMatchObject({ key: 'state:VNM', kind: 'STATE' });
  });

  it('when an unknown name begins with a capital "The", then the name keeps it and the key ignores it', () => {
    expect(resolver.resolve('The Asia Foundation')).toMatchObject({
      key: 'org:asia-foundation',
      name: 'The Asia Foundation',
      kind: 'NGO',
    });
    expect(resolver.resolve('the Asia Foundation')).toMatchObject({
      key: 'org:asia-foundation',
      name: 'Asia Foundation',
    });
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createOrganizationResolver, type ResolvedOrganization } from '../../../src/domain/organizations.js';

const resolver = createOrganizationResolver();
const keyOf = (text: string): string => resolver.resolve(text).key;

function parentChain(org: ResolvedOrganization): string[] {
  const byKey = new Map(resolver.catalogue().map((o) => [o.key, o]));
  const chain: string[] = [];
  for (let key = org.parentKey; key !== null; key = byKey.get(key)?.parentKey ?? null) chain.push(key);
  return chain;
}

function aliasFile(yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'orgs-'));
  const file = join(dir, 'broken.yaml');
  writeFileSync(file, yaml);
  return file;
}

const UNODC_YAML = `- name: United Nations Office on Drugs and Crime\n  acronym: UNODC\n  kind: UN\n`;

describe('organization resolver: States', () => {
  it('when a programme writes "UK" or "the Government of the United Kingdom", then both are the United Kingdom', () => {
    for (const text of ['UK', 'United Kingdom', 'the United Kingdom', 'Government of the United Kingdom']) {
      expect(resolver.resolve(text)).toMatchObject({
        key: 'state:GBR',
        name: 'United Kingdom',
        kind: 'STATE',
        iso3: 'GBR',
        known: true,
      });
    }
  });

  it('when "the Government of Mexico" and "Mexico" are resolved, then they are one State', () => {
    expect(keyOf('the Government of Mexico')).toBe('state:MEX');
    expect(keyOf('Mexico')).toBe('state:MEX');
  });

  it('when "United States" and "United States of America" are resolved, then both are USA with the UN name', () => {
    for (const text of [
      'United States',
      'United States of America',
      'USA',
      'Government of the United States of America',
    ]) {
      expect(resolver.resolve(text)).toMatchObject({
        key: 'state:USA',
        name: 'United States of America',
      });
    }
  });

  it('when a UN-style name is written, then it resolves to its ISO code and keeps the UN name', () => {
    expect(resolver.resolve('Bolivia (Plurinational State of)')).toMatchObject({
      key: 'state:BOL',
      name: 'Bolivia (Plurinational State of)',
    });
    expect(keyOf('Venezuela (Bolivarian Republic of)')).toBe('state:VEN');
    expect(keyOf('Iran (Islamic Republic of)')).toBe('state:IRN');
    expect(keyOf('Republic of Korea')).toBe('state:KOR');
    expect(keyOf('Russian Federation')).toBe('state:RUS');
    expect(keyOf('United Republic of Tanzania')).toBe('state:TZA');
    expect(keyOf('State of Palestine')).toBe('state:PSE');
    expect(keyOf('Holy See')).toBe('state:VAT');
  });

  it('when spelling varies (Turkey/Türkiye, curly apostrophes, leading "the"), then the State is the same', () => {
    expect(keyOf('Turkey')).toBe('state:TUR');
    expect(resolver.resolve('Türkiye').name).toBe('Türkiye');
    expect(keyOf('Côte d’Ivoire')).toBe('state:CIV');
    expect(keyOf("Cote d'Ivoire")).toBe('state:CIV');
    expect(keyOf('the Netherlands')).toBe('state:NLD');
  });

  it('when "Congo" is written alone, then it is the Republic of the Congo, not the Democratic Republic', () => {
    expect(keyOf('Congo')).toBe('state:COG');
    expect(keyOf('Democratic Republic of the Congo')).toBe('state:COD');
    expect(keyOf('Congo (Democratic Republic of the)')).toBe('state:COD');
  });

  it('when a government body stands for a State, then it resolves to the State', () => {
    expect(keyOf('Government of the United Arab Emirates, Ministry of Interior')).toBe('state:ARE');
    expect(keyOf('Permanent Mission of Italy to the United Nations (Vienna)')).toBe('state:ITA');
    expect(keyOf('Ministry of Foreign Affairs of the Republic of Korea')).toBe('state:KOR');
  });

  it('when names are near other States (Niger/Nigeria, Austria/Australia), then each keeps its own State', () => {
    expect(keyOf('Niger')).toBe('state:NER');
    expect(keyOf('Nigeria')).toBe('state:NGA');
    expect(keyOf('Austria')).toBe('state:AUT');
    expect(keyOf('Australia')).toBe('state:AUS');
  });

  it('when a State name has a typo, then it still resolves', () => {
    expect(keyOf('Phillipines')).toBe('state:PHL');
  });

  it('when one State name holds "and" ("Trinidad and Tobago"), then it is that one State (lists are the grammar\'s to split)', () => {
    expect(keyOf('Trinidad and Tobago')).toBe('state:TTO');
    expect(keyOf('the Government of Saint Vincent and the Grenadines')).toBe('state:VCT');
  });
});

describe('organization resolver: the alias file', () => {
  it('when GI-TOC is written in any of its corpus forms, then it is one NGO', () => {
    const forms = [
      'Global Initiative against Transnational Organized Crime (GI-TOC)',
      'Global Initiative Against Transnational Organized Crime (GI-TOC)',
      'the Global Initiative Against Transnational Organized Crime',
      'GI-TOC',
    ];
    for (const form of forms) {
      expect(resolver.resolve(form)).toMatchObject({
        key: 'org:global-initiative-against-transnational-organized-crime',
        kind: 'NGO',
        acronym: 'GI-TOC',
        known: true,
      });
    }
  });

  it('when INTERPOL, OSCE, EU and UNODC are written in their variants, then each is one node of the right kind', () => {
    for (const form of ['Interpol', 'INTERPOL', 'International Criminal Police Organization (INTERPOL)']) {
      expect(resolver.resolve(form)).toMatchObject({
        key: 'org:international-criminal-police-organization',
        kind: 'IGO',
      });
    }
    expect(keyOf('OSCE')).toBe(keyOf('Organization for Security and Co-Operation in Europe (OSCE)'));
    expect(keyOf('the European Union')).toBe(keyOf('EU'));
    expect(resolver.resolve('UNODC')).toMatchObject({
      key: 'org:united-nations-office-on-drugs-and-crime',
      kind: 'UN',
    });
    expect(keyOf('United Nations Office on Drugs and Crime')).toBe('org:united-nations-office-on-drugs-and-crime');
  });

  it('when a UNODC section is named "of the ... Branch", then it is UN with a PART_OF chain to UNODC', () => {
    const section = resolver.resolve(
      'UNODC Conference Support Section of the Organized Crime and Illicit Trafficking Branch',
    );
    expect(section).toMatchObject({
      key: 'org:conference-support-section',
      kind: 'UN',
      known: true,
    });
    expect(parentChain(section)).toEqual([
      'org:organized-crime-and-illicit-trafficking-branch',
      'org:united-nations-office-on-drugs-and-crime',
    ]);
    expect(keyOf('UNODC Conference Support Section')).toBe(section.key);
  });

  it('when "UNODC X" and "X" name the same unit, then they resolve alike', () => {
    expect(keyOf('UNODC Firearms Trafficking Section')).toBe(keyOf('Firearms Trafficking Section'));
    expect(keyOf('UNODC Civil Society Team')).toBe(keyOf('UNODC Civil Society Unit'));
    expect(keyOf('UNODC Regional Office for South-East Asia and the Pacific')).toBe(
      keyOf('UNODC Regional Office for Southeast Asia and the Pacific'),
    );
  });

  it('when the Research and Trend Analysis Branch is misspelt, then it is still the branch', () => {
    const rab = 'org:research-and-trend-analysis-branch';
    expect(keyOf('UNODC Research and Trends Analysis Branch')).toBe(rab);
    expect(keyOf('UNODC Research and Trend Analysis Branch')).toBe(rab);
    expect(keyOf('UNODC Reserch and Trend Analysis Branch')).toBe(rab);
    expect(keyOf('Global Initative against Transnational Organised Crime')).toBe(keyOf('GI-TOC'));
  });

  it('when a typo would turn one real office into another, then no fuzzy match is made', () => {
    expect(resolver.resolve('UNODC Regional Office for Western Africa').known).toBe(false);
    expect(resolver.resolve('UNODC Country Office in Niger').known).toBe(false);
  });

  it('when an entry has a programme code or a State parent, then the catalogue carries it', () => {
    expect(resolver.resolve('UNODC Global Firearms Programme').code).toBe('GLOX34');
    expect(resolver.resolve('Nigerian Extractive Industries Transparency Initiative (NEITI)').parentKey).toBe(
      'state:NGA',
    );
    const catalogue = resolver.catalogue();
    expect(catalogue.every((o) => o.known && o.kind !== 'STATE')).toBe(true);
    expect(new Set(catalogue.map((o) => o.key)).size).toBe(catalogue.length);
  });

  it('when the other organizations of the corpus are written as in the programmes, then each is known', () => {
    const corpusForms = [
      'European Commission (Directorate-General Migration and Home Affairs)',
      'Andean Community',
      'Small Arms Survey',
      'GAATW',
      'Anti-Slavery International',
      'ICAT',
      'Inter-Agency Coordination Group against Trafficking in Persons (ICAT)',
      'UNODC ROPAN',
      'ACUNS',
      'IFRC',
      'Women´s Federation for World Peace International',
      'OHCR',
      'INTERPOL-ENACT',
      'Institute for Security Studies-ENACT',
      'Secretariat of the WHO Framework Convention on Tobacco Control (WHO FCTC Secretariat)',
      'UNODC Programme Development and Management Unit (PDMU)/ Research and Trend Analysis Branch (RAB)',
      'Small Arms Survey of the Graduate Institute of International and Development Studies (IHEID)',
      'Organization for Security and Co-Operation in Europe (OSCE) – Office of the Special Representative and Co-ordinator for Combating Trafficking in Human Beings',
      'UNODC Global Programme on Money-Laundering – Cybercrime and Anti-Money-Laundering Section',
      'Cellule Nationale de Lutte contre la Traite des Personnes (CNLTP, Senegal)',
      'The ICCF Group',
      'Kennis',
    ];
    for (const form of corpusForms) expect(resolver.resolve(form).known, form).toBe(true);
    expect(resolver.resolve('European Commission (Directorate-General Migration and Home Affairs)').parentKey).toBe(
      'org:european-commission',
    );
  });
});

describe('organization resolver: unknown names', () => {
  it('when a name is in neither list, then it still resolves with a stable key, known=false and a guessed kind', () => {
    expect(resolver.resolve('University of Vienna')).toMatchObject({
      key: 'org:university-of-vienna',
      kind: 'ACADEMIC',
      known: false,
    });
    expect(resolver.resolve('Hope for Tomorrow Foundation').kind).toBe('NGO');
    expect(resolver.resolve('Acme Consulting Ltd').kind).toBe('OTHER');
    expect(resolver.resolve('United Nations Development Fund for Women').kind).toBe('UN');
    expect(keyOf('the University of Vienna')).toBe(keyOf('University of Vienna'));
  });

  it('when an unknown name starts with "UNODC", then it is UN under UNODC (or under the branch it names)', () => {
    expect(resolver.resolve('UNODC Border Management Branch')).toMatchObject({
      name: 'Border Management Branch',
      kind: 'UN',
      parentKey: 'org:united-nations-office-on-drugs-and-crime',
      known: false,
    });
    expect(
      resolver.resolve('UNODC Widget Section of the Organized Crime and Illicit Trafficking Branch'),
    ).toMatchObject({
      key: 'org:widget-section',
      parentKey: 'org:organized-crime-and-illicit-trafficking-branch',
    });
  });

  it('when an unknown name ends with an acronym, then the acronym is split off the name', () => {
    expect(resolver.resolve('Fictional Alliance for Justice (FAJ)')).toMatchObject({
      key: 'org:fictional-alliance-for-justice',
      name: 'Fictional Alliance for Justice',
      acronym: 'FAJ',
      kind: 'NGO',
    });
  });
});

describe('organization resolver: alias file errors', () => {
  it('when an entry has no name, then loading fails naming the file and the entry', () => {
    expect(() => createOrganizationResolver(aliasFile(`${UNODC_YAML}- kind: NGO\n`))).toThrow(
      /broken\.yaml:4: entry "#2": missing "name"/,
    );
  });

  it('when an entry has an unknown kind, then loading fails naming the entry', () => {
    expect(() => createOrganizationResolver(aliasFile(`${UNODC_YAML}- name: Foo\n  kind: CHARITY\n`))).toThrow(
      /broken\.yaml:4: entry "Foo": unknown kind "CHARITY"/,
    );
  });

  it('when a parent does not exist, then loading fails naming the entry and the parent', () => {
    expect(() =>
      createOrganizationResolver(aliasFile(`${UNODC_YAML}- name: Foo Section\n  kind: UN\n  parent: Bar Branch\n`)),
    ).toThrow(/broken\.yaml:4: entry "Foo Section": parent "Bar Branch"/);
  });

  it('when two entries share an alias, then loading fails naming both', () => {
    const yaml = `${UNODC_YAML}- name: Foo\n  kind: NGO\n  aliases: [Shared]\n- name: Bar\n  kind: NGO\n  aliases: [shared]\n`;
    expect(() => createOrganizationResolver(aliasFile(yaml))).toThrow(
      /entry "Bar": alias "shared" is also a name or alias of entry "Foo"/,
    );
  });

  it('when an alias is a State name, then loading fails', () => {
    expect(() =>
      createOrganizationResolver(aliasFile(`${UNODC_YAML}- name: Foo\n  kind: NGO\n  aliases: [UK]\n`)),
    ).toThrow(/is the State United Kingdom/);
  });
});

describe('looking an organization up by key', () => {
  it('when the key is a State or an alias-file entry, then it is found; otherwise null', () => {
    expect(resolver.byKey('state:NGA')).toMatchObject({ name: 'Nigeria', kind: 'STATE', iso3: 'NGA' });
    expect(resolver.byKey(keyOf('GI-TOC'))).toMatchObject({ acronym: 'GI-TOC', known: true });
    expect(resolver.byKey('org:no-such-thing')).toBeNull();
  });
});

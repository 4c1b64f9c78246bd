import { describe, expect, it } from 'vitest';
import {
  connectorInName,
  isIncompleteList,
  splitLeadList,
  splitOrganizedBy,
} from '../../../ingest/parse/organizer-list.js';
import { joinLines } from '../../../ingest/parse/text.js';

/** Text after "Organized by", possibly over several lines starting at line 10. */
function split(...lines: string[]) {
  const r = splitOrganizedBy(joinLines(lines.map((text, i) => ({ text, line: 10 + i }))), 'f.txt');
  return { leads: r.organizers.map((m) => m.text), partners: r.partners.map((m) => m.text), complete: r.complete };
}

describe('splitOrganizedBy, real lines of the corpus', () => {
  it('when the 2020 line has "A and B (with C, D and E)", then A, B lead and C, D, E are partners', () => {
    expect(
      split(
        'the Association for the Prevention of Torture (with the UNODC Justice Section, OHCR and the Norwegian Centre for Human Rights)',
      ),
    ).toEqual({
      leads: ['the Association for the Prevention of Torture'],
      partners: ['the UNODC Justice Section', 'OHCR', 'the Norwegian Centre for Human Rights'],
      complete: true,
    });
    expect(
      split(
        'the Government of Italy and the UNODC Conference Support Section of the Organized Crime and Illicit Trafficking Branch',
      ).leads,
    ).toEqual([
      'the Government of Italy',
      'the UNODC Conference Support Section of the Organized Crime and Illicit Trafficking Branch',
    ]);
  });

  it('when the 2024 line has "A, with B, C", then A leads and B, C are partners', () => {
    expect(split('Ukraine, with United Kingdom, UNODC Programme Office in Ukraine')).toEqual({
      leads: ['Ukraine'],
      partners: ['United Kingdom', 'UNODC Programme Office in Ukraine'],
      complete: true,
    });
  });

  it('when "the Governments of Italy, the Netherlands, Nigeria and Spain" are partners, then there is one mention per State', () => {
    const r = split(
      'the UNODC Regional Office for West and Central Africa (ROSEN) and the UNODC Country Office in Nigeria (CONIG) (with the Governments of ',
      'Italy, the Netherlands, Nigeria and Spain)',
    );
    expect(r.leads).toEqual([
      'the UNODC Regional Office for West and Central Africa (ROSEN)',
      'the UNODC Country Office in Nigeria (CONIG)',
    ]);
    expect(r.partners).toEqual(['Italy', 'the Netherlands', 'Nigeria', 'Spain']);
    expect(split('the Government of Kyrgyzstan (with the Governments of Tajikistan and Uzbekistan)').partners).toEqual([
      'Tajikistan',
      'Uzbekistan',
    ]);
  });

  it.each([
    [
      'Organization for Security and Co-operation in Europe (OSCE), with Kyrgyzstan, Sweden',
      ['Organization for Security and Co-operation in Europe (OSCE)'],
    ],
    [
      'the UNODC Cybercrime and Anti-Money Laundering Section (with the Government of Japan)',
      ['the UNODC Cybercrime and Anti-Money Laundering Section'],
    ],
    [
      'the UNODC Research and Trend Analysis Branch (with the Governments of Denmark and Italy)',
      ['the UNODC Research and Trend Analysis Branch'],
    ],
    ['Honduras, with Bolivia (Plurinational State of)', ['Honduras']],
    [
      'the UNODC Global Programme for Combating Wildlife and Forest Crime (with the UNODC Research and Trends Analysis Branch)',
      ['the UNODC Global Programme for Combating Wildlife and Forest Crime'],
    ],
  ])('when a name contains "and" or brackets (%s), then it stays whole', (text, leads) => {
    expect(split(text).leads).toEqual(leads);
  });

  it('when a name contains a comma ("Doha Declaration, Youth Crime Prevention through Sport"), then it stays whole', () => {
    expect(
      split(
        'the Government of Qatar (with the Government of Peru and the UNODC Global Programme for the Implementation of the Doha Declaration, ',
        'Youth Crime Prevention through Sport) ',
      ).partners,
    ).toEqual([
      'the Government of Peru',
      'the UNODC Global Programme for the Implementation of the Doha Declaration, Youth Crime Prevention through Sport',
    ]);
    expect(
      split(
        "Women's Federation for World Peace International, with Philippines, UNODC Prevention, Treatment and Rehabilitation Section, International Association of Youth and Students for Peace (IAYSP)",
      ).partners,
    ).toEqual([
      'Philippines',
      'UNODC Prevention, Treatment and Rehabilitation Section',
      'International Association of Youth and Students for Peace (IAYSP)',
    ]);
    expect(
      split(
        'the UNODC Data Development',
        'and Dissemination Section (with the UNODC Centre of Excellence for Statistical Information on Government, Crime, Victimization and Justice)',
      ),
    ).toEqual({
      leads: ['the UNODC Data Development and Dissemination Section'],
      partners: [
        'the UNODC Centre of Excellence for Statistical Information on Government, Crime, Victimization and Justice',
      ],
      complete: true,
    });
  });

  it('when "and the" ends a place ("South-East Asia and the Pacific"), then it does not split, but "and the Global Initiative" does', () => {
    expect(split('the UNODC Regional Office for South-East Asia and the Pacific (with UN Women and INTERPOL)')).toEqual(
      {
        leads: ['the UNODC Regional Office for South-East Asia and the Pacific'],
        partners: ['UN Women', 'INTERPOL'],
        complete: true,
      },
    );
    expect(
      split(
        'Peru, with UNODC Global Programme on Crimes that Affect the Environment and the Global Initiative against Transnational Organized Crime (GI-TOC), Andean Community',
      ).partners,
    ).toEqual([
      'UNODC Global Programme on Crimes that Affect the Environment',
      'the Global Initiative against Transnational Organized Crime (GI-TOC)',
      'Andean Community',
    ]);
  });

  it('when a German name holds a dash ("Klumpfußprojekt Mali – ein Verein …"), then it is one partner', () => {
    expect(
      split(
        'Women´s Federation for World Peace International (with Klumpfußprojekt Mali – ein Verein zur Klumpfußbekämpfung in Mali)',
      ).partners,
    ).toEqual(['Klumpfußprojekt Mali – ein Verein zur Klumpfußbekämpfung in Mali']);
  });

  it('when a ministry follows a government ("…United Arab Emirates, Ministry of Interior"), then it is that government\'s unit', () => {
    const r = splitOrganizedBy(
      joinLines([{ text: 'the Government of the United Arab Emirates, Ministry of Interior', line: 3 }]),
      'f.txt',
    );
    expect(r.organizers).toEqual([
      {
        text: 'the Government of the United Arab Emirates',
        unit: 'Ministry of Interior',
        source: { file: 'f.txt', line: 3 },
      },
    ]);
  });

  it('when a list wraps over lines, then each name cites the line it starts on', () => {
    const r = splitOrganizedBy(
      joinLines([
        {
          text: 'the Government of the United Kingdom, the UNODC Cybercrime and Anti-Money Laundering Section, and the UNODC Regional Office for ',
          line: 129,
        },
        { text: 'Southern Africa (with the Government of South Africa)', line: 130 },
      ]),
      'f.txt',
    );
    expect(r.organizers.map((m) => [m.text, m.source.line])).toEqual([
      ['the Government of the United Kingdom', 129],
      ['the UNODC Cybercrime and Anti-Money Laundering Section', 129],
      ['the UNODC Regional Office for Southern Africa', 129],
    ]);
    expect(r.partners.map((m) => [m.text, m.source.line])).toEqual([['the Government of South Africa', 130]]);
  });
});

describe('splitOrganizedBy, made-up names (structure only, nothing listed)', () => {
  it('when "and" follows a complete name ("… Section and Reef Survey"), then it splits', () => {
    expect(split('Freedonia, with UNODC Coral Protection Section and Reef Survey, Sea Guardians').partners).toEqual([
      'UNODC Coral Protection Section',
      'Reef Survey',
      'Sea Guardians',
    ]);
  });

  it('when "and" joins words of one name ("Atlantis Institute for Peace and Justice"), then it does not split', () => {
    expect(split('the Atlantis Institute for Peace and Justice and the Government of Sylvania').leads).toEqual([
      'the Atlantis Institute for Peace and Justice',
      'the Government of Sylvania',
    ]);
  });

  it('when a State name contains "and" ("Saint Kitts and Nevis"), then it stays whole', () => {
    expect(split('Saint Kitts and Nevis, with Antigua and Barbuda, Trinidad and Tobago')).toEqual({
      leads: ['Saint Kitts and Nevis'],
      partners: ['Antigua and Barbuda', 'Trinidad and Tobago'],
      complete: true,
    });
  });

  it('when an acronym or a State follows "and", then it splits', () => {
    expect(split('the Ocean Watch Network (with FOOBAR and Chile)').partners).toEqual(['FOOBAR', 'Chile']);
  });
});

describe('splitLeadList (2012 "A / B / C: title")', () => {
  it('when names are separated by "/", then all are lead organizers, State names with "and" kept whole', () => {
    const m = splitLeadList(
      joinLines([{ text: 'Panama / Belize / Trinidad and Tobago / UNODC ROPAN', line: 68 }]),
      'f.txt',
    ).organizers;
    expect(m.map((x) => x.text)).toEqual(['Panama', 'Belize', 'Trinidad and Tobago', 'UNODC ROPAN']);
    expect(m.every((x) => x.source.line === 68)).toBe(true);
  });

  it('when the slash has a space on one side only ("(ICAT) /Sweden"), then it still splits, but "HIV/AIDS" does not', () => {
    const names = (t: string) =>
      splitLeadList(joinLines([{ text: t, line: 1 }]), 'f.txt').organizers.map((x) => x.text);
    expect(names('Inter-Agency Coordination Group Against Trafficking in Persons (ICAT) /Sweden')).toEqual([
      'Inter-Agency Coordination Group Against Trafficking in Persons (ICAT)',
      'Sweden',
    ]);
    expect(names('Network on HIV/AIDS / Chile')).toEqual(['Network on HIV/AIDS', 'Chile']);
  });
});

describe('isIncompleteList', () => {
  it('when the text stops on "the", a comma or inside brackets, then it is incomplete', () => {
    expect(isIncompleteList('the')).toBe(true);
    expect(isIncompleteList('Canada, with Australia,')).toBe(true);
    expect(isIncompleteList('Qatar (with the Government of Peru')).toBe(true);
    expect(isIncompleteList('Qatar (with the Government of Peru)')).toBe(false);
  });
});

describe('the organizer grammar: connectors (ingest/parse/organizer-list.ts CONNECTORS)', () => {
  it.each([
    ['the Government of Viet Nam in cooperation with UNODC', ['the Government of Viet Nam'], ['UNODC']],
    ['Peru in collaboration with the Andean Community', ['Peru'], ['the Andean Community']],
    ['Nigeria, in partnership with INTERPOL', ['Nigeria'], ['INTERPOL']],
    ['Austria, in association with the Council of Europe', ['Austria'], ['the Council of Europe']],
    [
      'the UNODC Civil Society Unit and supported by the European Union',
      ['the UNODC Civil Society Unit'],
      ['the European Union'],
    ],
    ['Bangladesh with the support of Japan and Sweden', ['Bangladesh'], ['Japan', 'Sweden']],
    ['UNODC with support from Penal Reform International', ['UNODC'], ['Penal Reform International']],
    ['Japan, sponsored by the European Union', ['Japan'], ['the European Union']],
    ['Qatar (in cooperation with Peru and Chile)', ['Qatar'], ['Peru', 'Chile']],
  ])('when a partner connector is written ("%s"), then what follows it are partners', (text, leads, partners) => {
    const r = split(text);
    expect([r.leads, r.partners]).toEqual([leads, partners]);
  });

  it.each([
    ['the Permanent Mission of Turkmenistan jointly with CARICC', ['the Permanent Mission of Turkmenistan', 'CARICC']],
    ['Mexico together with the Philippines', ['Mexico', 'the Philippines']],
    [
      'the Permanent Mission of Austria on behalf of the European Union',
      ['the Permanent Mission of Austria', 'the European Union'],
    ],
    ['Italy and co-organized by the Netherlands', ['Italy', 'the Netherlands']],
    [
      'the Government of Bolivia (Plurinational State of) and hosted by Peru',
      ['the Government of Bolivia (Plurinational State of)', 'Peru'],
    ],
  ])('when a co-lead connector is written ("%s"), then all lead', (text, leads) => {
    expect(split(text)).toEqual({ leads, partners: [], complete: true });
  });

  it('when a bracketed partner list closes, then the lead role resumes after it', () => {
    expect(split('Qatar (with Peru), and the Government of Chile')).toEqual({
      leads: ['Qatar', 'the Government of Chile'],
      partners: ['Peru'],
      complete: true,
    });
  });

  it('when "with" belongs to a name ("Persons with Disabilities"), then it is no connector', () => {
    expect(split('the Forum of Persons with Disabilities and Chile').leads).toEqual([
      'the Forum of Persons with Disabilities',
      'Chile',
    ]);
  });

  it('when a connector stays glued to a name, then the mention is refused with its file:line, never returned', () => {
    const r = splitOrganizedBy(
      joinLines([
        { text: 'the Permanent Missions of Sweden and Afghanistan, with H4+ as a co-organiser(tbc)', line: 7 },
      ]),
      'f.txt',
    );
    expect(r.organizers.map((m) => m.text)).toEqual(['Sweden', 'Afghanistan']);
    expect(r.partners).toEqual([]);
    expect(r.problems).toEqual([
      {
        message: expect.stringContaining('"H4+ as a co-organiser(tbc)" holds the connector "co-organiser"'),
        source: { file: 'f.txt', line: 7 },
      },
    ]);
    expect(connectorInName('Government of Viet Nam in cooperation')).toBe('holds the connector "in cooperation"');
    expect(connectorInName('supported by the European Union')).toBe('starts with the connector "supported"');
    expect(connectorInName('Organization for Security and Co-operation in Europe')).toBeNull();
  });

  it('when the list stops on a connector ("… Viet Nam in cooperation"), then it is incomplete', () => {
    expect(isIncompleteList('the Government of Viet Nam in cooperation')).toBe(true);
    expect(isIncompleteList('UNODC, supported')).toBe(true);
    expect(isIncompleteList('UNODC jointly')).toBe(true);
  });
});

describe('the organizer grammar: names with commas and units after their parent', () => {
  it('when a State name holds a comma ("Korea, Republic of"), then it stays whole', () => {
    expect(split('Korea, Republic of, with the UNODC Global Programme on Cybercrime')).toEqual({
      leads: ['Korea, Republic of'],
      partners: ['the UNODC Global Programme on Cybercrime'],
      complete: true,
    });
  });

  it('when a catalogue name holds commas (GPML), then it stays whole, even written without the hyphen', () => {
    expect(
      split(
        'the UNODC Global Programme against Money Laundering, Proceeds of Crime and the Financing of Terrorism and supported by the European Union',
      ),
    ).toEqual({
      leads: ['the UNODC Global Programme against Money Laundering, Proceeds of Crime and the Financing of Terrorism'],
      partners: ['the European Union'],
      complete: true,
    });
    expect(split('the Police, Treatment and Community Collaborative (PTACC), Italy').leads).toEqual([
      'the Police, Treatment and Community Collaborative (PTACC)',
      'Italy',
    ]);
  });

  it('when a unit follows its parent after a comma ("UNODC, Prevention, … Section"), then parent and unit are one mention', () => {
    expect(
      split(
        'the United Nations Office on Drugs and Crime, Prevention, Treatment and Rehabilitation Section, and the World Health Organization',
      ).leads,
    ).toEqual([
      'the United Nations Office on Drugs and Crime, Prevention, Treatment and Rehabilitation Section',
      'the World Health Organization',
    ]);
  });

  it('when "the Governments of" runs into other kinds of names, then only the States are split at every "and"', () => {
    expect(
      split(
        'the Governments of France and the United Kingdom and the United Nations Office on Drugs and Crime (UNODC) Corruption and Economic Crime Branch and the Global Programme for Combating Wildlife and Forest Crime',
      ).leads,
    ).toEqual([
      'France',
      'the United Kingdom',
      'the United Nations Office on Drugs and Crime (UNODC) Corruption and Economic Crime Branch',
      'the Global Programme for Combating Wildlife and Forest Crime',
    ]);
  });

  it('when a company writes its legal form after a comma ("Digital China, Ltd."), then it is part of the name', () => {
    expect(split('China Population and Development Research Center and Digital China, Ltd.').leads).toEqual([
      'China Population and Development Research Center',
      'Digital China, Ltd',
    ]);
  });
});

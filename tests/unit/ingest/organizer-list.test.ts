import { describe, expect, it } from 'vitest';
import { isIncompleteList, splitLeadList, splitOrganizedBy } from '../../../ingest/parse/organizer-list.js';
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

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTopicAssigner } from '../../../ingest/resolve/topics.js';

const assigner = createTopicAssigner();
const topicsOf = (title: string, description: string | null = null): string[] => assigner.assign(title, description);

function topicFile(yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'topics-'));
  const file = join(dir, 'broken-topics.yaml');
  writeFileSync(file, yaml);
  return file;
}

describe('topic assigner: real titles', () => {
  it('when a title is about drug trafficking, then it is DRUGS and not trafficking in persons', () => {
    const topics = topicsOf('DRUG TRAFFICKING: GLOBAL CHALLENGES AND EMERGING THREATS');
    expect(topics).toContain('DRUGS');
    expect(topics).not.toContain('TRAFFICKING_IN_PERSONS');
  });

  it('when a title is about firearms or wildlife trafficking, then it is not trafficking in persons', () => {
    const firearms = topicsOf(
      "DETECTION, INVESTIGATION AND PROSECUTION OF FIREARMS TRAFFICKING IN FAST PARCELS: UNODC'S PROJECT HERMES AND BEYOND",
    );
    expect(firearms).toContain('FIREARMS');
    expect(firearms).not.toContain('TRAFFICKING_IN_PERSONS');
    const wildlife = topicsOf('WILDLIFE TRAFFICKING, WILDLIFE WET MARKETS AND COVID-19');
    expect(wildlife).toEqual(['CRIMES_AFFECTING_THE_ENVIRONMENT', 'COVID_19']);
  });

  it('when a title names trafficking in persons in its forms, then it is TRAFFICKING_IN_PERSONS', () => {
    expect(topicsOf('NON-PUNISHMENT OF VICTIMS OF TRAFFICKING')).toEqual(['TRAFFICKING_IN_PERSONS', 'VICTIMS']);
    expect(topicsOf('EMPOWERING TRAFFICKING VICTIMS ACROSS BORDERS: ACCESS TO JUSTICE AND SUPPORT SERVICES')).toContain(
      'TRAFFICKING_IN_PERSONS',
    );
    expect(
      topicsOf('SHORING UP SEAFOOD SUPPLY CHAINS – COMBATING FORCED LABOR IN FISHING AND SEAFOOD PROCESSING'),
    ).toContain('TRAFFICKING_IN_PERSONS');
    expect(topicsOf('Presentation on Trafficking of Migrant Workers **')).toContain('TRAFFICKING_IN_PERSONS');
  });

  it('when a title names TIP/SOM, then it gets both Protocols’ topics', () => {
    const topics = topicsOf(
      'TOWARDS AN EFFECTIVE PUBLIC-PRIVATE PARTNERSHIP IN THE DETECTION AND DISRUPTION OF ILLICIT FINANCIAL FLOWS GENERATED FROM TIP/SOM CRIMES',
    );
    expect(topics).toEqual([
      'TRAFFICKING_IN_PERSONS',
      'SMUGGLING_OF_MIGRANTS',
      'MONEY_LAUNDERING_AND_ILLICIT_FINANCIAL_FLOWS',
      'PRIVATE_SECTOR',
    ]);
  });

  it('when a title is about migrant smuggling, then it is SMUGGLING_OF_MIGRANTS only, and smuggling of goods is not', () => {
    expect(topicsOf('NATIONAL PROJECT AGAINST MIGRANT SMUGGLING (SOMMEX)')).toEqual(['SMUGGLING_OF_MIGRANTS']);
    expect(
      topicsOf('SMUGGLING OF COMMERCIAL GOODS: TACKLING A CRITICAL COMPONENT OF TRANSNATIONAL CRIME ORGANIZATIONS'),
    ).not.toContain('SMUGGLING_OF_MIGRANTS');
  });

  it('when the TIP Protocol’s full title says "especially women and children", then it is not a gender or children event', () => {
    const topics = topicsOf(
      'COMMEMORATING THE TWENTIETH ANNIVERSARY OF THE UNITED NATIONS PROTOCOL TO PREVENT, SUPPRESS AND PUNISH TRAFFICKING IN PERSONS, ESPECIALLY WOMEN AND CHILDREN.',
    );
    expect(topics).toEqual(['TRAFFICKING_IN_PERSONS']);
  });

  it('when titles are about the environment, cybercrime, corruption, cultural property or medical products, then those topics are set', () => {
    expect(topicsOf('THE UNTOC, SERIOUS CRIME, AND CRIMES THAT AFFECT THE ENVIRONMENT')).toContain(
      'CRIMES_AFFECTING_THE_ENVIRONMENT',
    );
    expect(topicsOf('LEGAL FISHING AND MARITIME PIRACY IN THE GULF OF GUINEA: CHALLENGES AND PERSPECTIVES')).toEqual([
      'CRIMES_AFFECTING_THE_ENVIRONMENT',
      'MARITIME_CRIME',
    ]);
    expect(topicsOf('THE DARK WEB AND TRANSNATIONAL ORGANIZED CRIME: SOUTH-EAST ASIAN PERSPECTIVES')).toEqual([
      'CYBERCRIME',
    ]);
    expect(topicsOf('GAME OVER: EXPOSING THE LINKAGES BETWEEN CORRUPTION AND ORGANIZED CRIME IN SPORT')).toEqual([
      'CORRUPTION',
      'SPORT',
    ]);
    expect(
      topicsOf(
        'BEYOND LOOTING AND TRAFFICKING – RECOMMENDATIONS FOR UNODC TO COMBAT CRIMES FACILITATED BY THE ART MARKET',
      ),
    ).toEqual(['CULTURAL_PROPERTY']);
    expect(topicsOf('ORGANIZED CRIME AND THE TRAFFICKING OF FALSIFIED MEDICAL PRODUCTS')).toEqual([
      'FALSIFIED_MEDICAL_PRODUCTS',
    ]);
  });

  it('when a title is about firearms, then the topic carries the Firearms Protocol', () => {
    expect(topicsOf('TACKLING ILLICIT FLOWS AND USE OF AMMUNITION')).toEqual(['FIREARMS']);
    const firearms = assigner.topics().find((t) => t.key === 'FIREARMS');
    expect(firearms?.instrument).toBe('FIREARMS_PROTOCOL');
  });

  it('when a title is about cooperation or the Review Mechanism, then the UNTOC topics are set', () => {
    expect(
      topicsOf(
        'STRENGTHENING INTERNATIONAL COOPERATION AND MUTUAL LEGAL ASSISTANCE TO IMPROVE INVESTIGATIONS AND PROSECUTIONS OF TRAFFICKING IN PERSONS’ CASES',
      ),
    ).toEqual(['TRAFFICKING_IN_PERSONS', 'INTERNATIONAL_COOPERATION', 'CRIMINAL_JUSTICE']);
    expect(
      topicsOf(
        'ADVANCING EFFECTIVE RESPONSES TO TRANSNATIONAL ORGANIZED CRIME: THE STRATEGIC ROLE OF THE UNTOC REVIEW MECHANISM',
      ),
    ).toEqual(['REVIEW_MECHANISM', 'CONVENTION_IMPLEMENTATION']);
  });

  it('when a description adds a subject, then it counts, but a passing mention of the UNTOC does not', () => {
    expect(topicsOf('Forced Migration and Displacement')).toEqual([]);
    expect(
      topicsOf(
        'Forced Migration and Displacement',
        'discussions on violence against migrants, trafficking in persons and smuggling of migrants',
      ),
    ).toEqual(['TRAFFICKING_IN_PERSONS', 'SMUGGLING_OF_MIGRANTS', 'VIOLENCE_AND_GANGS']);
    expect(topicsOf('Learning from Victims of Crime', 'crimes covered by the UNTOC and its Protocols')).not.toContain(
      'CONVENTION_IMPLEMENTATION',
    );
  });

  it('when the same event is assigned twice, then the keys come in the same taxonomy order', () => {
    const title =
      'TOGETHER FOR SDG16: EXPLORING BEST PRACTICE EXAMPLES TO TACKLE GUN VIOLENCE AND ORGANIZED CRIME FROM A YOUTH AND SURVIVOR PERSPECTIVE';
    expect(topicsOf(title)).toEqual(['FIREARMS', 'YOUTH_AND_CHILDREN', 'VICTIMS', 'VIOLENCE_AND_GANGS']);
    expect(topicsOf(title)).toEqual(topicsOf(title));
  });
});

describe('topic assigner: taxonomy file', () => {
  it('when the taxonomy is listed, then every topic has a unique key, a name and a description', () => {
    const topics = assigner.topics();
    expect(topics.length).toBeGreaterThanOrEqual(20);
    expect(new Set(topics.map((t) => t.key)).size).toBe(topics.length);
    for (const topic of topics) expect(topic.name.length * topic.description.length).toBeGreaterThan(0);
  });

  it('when a topic has an invalid pattern, then loading fails naming the file and the topic', () => {
    const file = topicFile(`- key: BROKEN\n  name: Broken\n  instrument: null\n  patterns: ['traffick(']\n`);
    expect(() => createTopicAssigner(file)).toThrow(/broken-topics\.yaml:1: topic "BROKEN": invalid pattern/);
  });

  it('when a topic has an unknown instrument or no patterns, then loading fails naming the topic', () => {
    expect(() => createTopicAssigner(topicFile(`- key: A\n  name: A\n  instrument: UNCAC\n  patterns: [a]\n`))).toThrow(
      /topic "A": unknown instrument "UNCAC"/,
    );
    expect(() => createTopicAssigner(topicFile(`- key: B\n  name: B\n  instrument: null\n  patterns: []\n`))).toThrow(
      /topic "B": "patterns" must be a non-empty list/,
    );
  });

  it('when two topics share a key, then loading fails', () => {
    const yaml = `- key: A\n  name: A\n  patterns: [a]\n- key: A\n  name: Again\n  patterns: [b]\n`;
    expect(() => createTopicAssigner(topicFile(yaml))).toThrow(/:4: topic "A": duplicate key/);
  });
});

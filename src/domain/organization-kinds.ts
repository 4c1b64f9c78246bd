// The kind of an organization nobody curated, from its name. Resolution decides kinds in this order
// (src/domain/organizations.ts): the catalogue (ingest/reference/organizations.yaml) → ISO 3166 country
// names (STATE) → a unit of a catalogue parent takes its parent's kind → these name patterns → OTHER.
// The patterns are tried in the order below; the first that matches wins:
//   ACADEMIC  university, institute, academy, college, school, observatory, research centre, think tank
//   UN        "United Nations …", "UN …" (not "… Association"), UN programmes, funds and offices by name or
//             acronym (UNDP, UNICEF, UNHCR, OHCHR, …), the Security Council's counter-terrorism bodies
//   IGO       EU agencies and bodies, "… Union", an organization of States ("International/World/Regional …
//             Organization", "Organization of/for …"), treaty bodies (a convention's secretariat, "Conference
//             of the Parties", "Committee on/against …"), development banks, "… Commission" of States
//   NGO       foundation, association, network, centre/center, alliance, coalition, federation, society,
//             trust, charity, consortium, campaign, church, council of churches, "… International"
//   OTHER     nothing applies (companies, initiatives, national bodies the catalogue does not list)

import type { OrganizationKind } from './kinds.js';

const RULES: ReadonlyArray<[OrganizationKind, RegExp]> = [
  [
    'ACADEMIC',
    /\b(?:Universit(?:y|ies|é|e|at|ät|à|a|ad|idad)|Institut[eo]?s?|Academy|College|School|Observatory|Research\s+Cent(?:re|er)|Think\s+Tank)\b/iu,
  ],
  [
    'UN',
    /^(?:the\s+)?(?:United\s+Nations|UN)\b(?!.*\bAssociation\b)|\b(?:UNODC|UNDP|UNICEF|UNHCR|UNFPA|UNEP|UNOCT|UNICRI|UNITAR|UNAIDS|UNESCO|OHCHR|UNOPS|UN-Habitat|UN\s+Women)\b|\bOffice\s+of\s+the\s+(?:United\s+Nations|UN)\b|\bSecurity\s+Council\b|\bCounter-?Terrorism\s+(?:Committee|Executive\s+Directorate|Implementation\s+Task\s+Force)\b/iu,
  ],
  [
    'IGO',
    /\b(?:European\s+Union|EU)\b|\b(?:Europol|Eurojust|Frontex|CEPOL|EMCDDA|European\s+Commission|Council\s+of\s+Europe)\b|\bUnion\b|\b(?:International|World|Intergovernmental|Inter-governmental|Regional|Customs|Maritime)\s+(?:\p{L}+\s+){0,3}Organi[sz]ation\b|\bOrgani[sz]ation\s+(?:of|for)\s+(?:the\s+)?(?:American|African|Islamic|Economic|Security|Black\s+Sea|Petroleum)\b|\bSecretariat\s+of\s+the\b.*\bConvention\b|\bConference\s+of\s+the\s+Parties\b|\bCommittee\s+(?:on|against)\b|\bDevelopment\s+Bank\b|\bCommunity\b.*\b(?:States|Nations)\b/iu,
  ],
  [
    'NGO',
    /\b(?:Foundations?|Fundaci[oó]n|Fondation|Associations?|Asociaci[oó]n|Networks?|Cent(?:re|er)s?|Alliance|Coalition|Federation|Society|Societies|Trust|Charity|Consortium|Campaign|Church|NGO|Verein|Non-?Governmental)\b|\bInternational$/iu,
  ],
];

/** Kind from the name alone; OTHER when no pattern applies. */
export function kindFromName(name: string): OrganizationKind {
  for (const [kind, pattern] of RULES) if (pattern.test(name)) return kind;
  return 'OTHER';
}

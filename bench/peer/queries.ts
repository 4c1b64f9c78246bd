// The flagship question as a user of @neo4j/graphql asks it (bench/peer/typedefs.graphql), in its two natural
// forms, and how to read the 17 States off each answer.

/** Nested `where` filters: States that organized an event GI-TOC organized, with those shared events. */
export const NESTED_WHERE = `query StatePartners($key: String!) {
  organizations(
    where: { kind: { eq: "STATE" }, organizes: { some: { organizers: { some: { key: { eq: $key } } } } } }
    sort: [{ name: ASC }]
  ) {
    name
    iso3
    organizes(where: { organizers: { some: { key: { eq: $key } } } }) { title inSession { number year } }
  }
}`;

/** A `@cypher` field (Organization.statePartners) for the partners, nested `where` for their shared events. */
export const CYPHER_FIELD = `query StatePartners($key: String!) {
  organizations(where: { key: { eq: $key } }) {
    statePartners {
      name
      iso3
      organizes(where: { organizers: { some: { key: { eq: $key } } } }) { title inSession { number year } }
    }
  }
}`;

type Partner = { name: string };

/** The State names of a peer answer, sorted. */
export function peerStates(variant: 'nested' | 'cypher', data: any): string[] {
  const partners: Partner[] = variant === 'nested' ? data.organizations : (data.organizations[0]?.statePartners ?? []);
  return partners.map((p) => p.name).sort();
}

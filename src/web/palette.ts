// One colour per organization kind, shared by the Explorer's map and legend and the GEXF export (so a file
// opened in Gephi looks like the map). Okabe–Ito colours: distinguishable with the common colour-vision
// deficiencies.
export const KIND_COLORS: Record<string, string> = {
  STATE: '#0072B2',
  UN: '#56B4E9',
  IGO: '#009E73',
  NGO: '#E69F00',
  ACADEMIC: '#CC79A7',
  OTHER: '#8C8C8C',
};

export const KIND_LABELS: Record<string, string> = {
  STATE: 'State',
  UN: 'UN',
  IGO: 'IGO',
  NGO: 'NGO',
  ACADEMIC: 'Academic',
  OTHER: 'Other',
};

export const colorOfKind = (kind: string): string => KIND_COLORS[kind] ?? KIND_COLORS.OTHER!;

/** Node size from its event count: area grows with events, so a hub with 40 events does not swamp the map. */
export const nodeSize = (events: number): number => Math.round(10 + 6 * Math.sqrt(Math.max(0, events)));

// Imports every type file (each registers its type and query fields on the builder) and builds the schema.
import { builder } from './builder.js';
import './source.js';
import './session.js';
import './event.js';
import './organization.js';
import './topic.js';
import './instrument.js';
import './working-group.js';
import './agenda-item.js';
import './person.js';
import './venue.js';
import './network.js';
import './search.js';
import './analysis-comparison.js';
import './analysis-coverage.js';
import './analysis-network.js';

export const schema = builder.toSchema();

// Configures the Pothos builder only: plugins, context type, scalars. Types live one per file beside it.
import SchemaBuilder from '@pothos/core';

export const builder = new SchemaBuilder<{ Context: object }>({});

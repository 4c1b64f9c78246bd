// Expected failures: GraphQLErrors with a code and the argument at fault. Yoga's masking lets these through
// (they are GraphQLErrors) while anything unexpected becomes "Unexpected error.".
import { GraphQLError } from 'graphql';

export function notFound(argumentName: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_FOUND', argumentName } });
}

export function badInput(argumentName: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argumentName } });
}

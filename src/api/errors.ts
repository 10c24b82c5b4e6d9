import { GraphQLError } from 'graphql';

/** Input that passed the schema but is still wrong (an id that names nothing): BAD_USER_INPUT naming the field. */
export class InputError extends GraphQLError {
  constructor(field: string, problem: string) {
    super(`Invalid input: ${field}: ${problem}`, { extensions: { code: 'BAD_USER_INPUT', fields: [{ field, problem }] } });
    this.name = 'InputError';
  }
}

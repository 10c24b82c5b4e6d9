import { GraphQLLocalDate } from 'graphql-scalars';

/** Calendar dates as ISO "YYYY-MM-DD" strings, in and out (graphql-scalars' LocalDate). */
export const DateScalar = GraphQLLocalDate;

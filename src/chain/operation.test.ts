import { describe, expect, it } from 'vitest';
import { parseOperation } from './operation';

describe('parseOperation', () => {
  it('lists the top-level fields with their root type', () => {
    expect(parseOperation('query Q { listNotes { id } getNote(id: "1") { id } __typename }')).toEqual({
      operationName: 'Q',
      fields: [
        { typeName: 'Query', fieldName: 'listNotes' },
        { typeName: 'Query', fieldName: 'getNote' },
      ],
    });
    expect(parseOperation('mutation { createNote { id } }').fields).toEqual([
      { typeName: 'Mutation', fieldName: 'createNote' },
    ]);
  });

  it('picks the named operation', () => {
    expect(parseOperation('query A { a } query B { b }', 'B').fields).toEqual([{ typeName: 'Query', fieldName: 'b' }]);
  });

  it('explains bad syntax', () => {
    expect(() => parseOperation('query {')).toThrow(/not valid GraphQL/);
  });
});

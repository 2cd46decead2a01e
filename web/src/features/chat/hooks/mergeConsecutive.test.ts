import { describe, expect, it } from 'vitest';
import { mergeConsecutive } from './ChatConnectionProvider';

describe('mergeConsecutive', () => {
  it('joins the words of one message and keeps messages apart, in order', () => {
    expect(
      mergeConsecutive([
        { content: 'En ', clientMessageId: 'a' },
        { content: 'marzo ', clientMessageId: 'a' },
        { content: 'In ', clientMessageId: 'b' },
        { content: 'cobraste', clientMessageId: 'a' },
      ]),
    ).toEqual([
      { content: 'En marzo ', clientMessageId: 'a' },
      { content: 'In ', clientMessageId: 'b' },
      { content: 'cobraste', clientMessageId: 'a' },
    ]);
  });

  it('leaves nothing for no frames', () => {
    expect(mergeConsecutive([])).toEqual([]);
  });
});

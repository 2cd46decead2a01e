import { useCallback, useState } from 'react';

/**
 * Paging over a cursor API (`?before=<next>`, newest first): the cursors of the pages seen so far,
 * so "newer" goes back without the server knowing about it. `cursor` is undefined on the first page.
 */
export function useCursorPager() {
  const [stack, setStack] = useState<number[]>([]);
  const cursor = stack.length > 0 ? stack[stack.length - 1] : undefined;
  const older = useCallback((next: number) => setStack((s) => [...s, next]), []);
  const newer = useCallback(() => setStack((s) => s.slice(0, -1)), []);
  const reset = useCallback(() => setStack([]), []);
  return { cursor, page: stack.length + 1, older, newer, reset, hasNewer: stack.length > 0 };
}

export type CursorPager = ReturnType<typeof useCursorPager>;

import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useCursorPager } from '@/lib/useCursorPager';
import { renderWithProviders } from '@/test/render';
import { CursorPagerNav } from './CursorPagerNav';

/** Three pages: cursor undefined → next 20, cursor 20 → next 10, cursor 10 → next null. */
const NEXT: Record<string, number | null> = { first: 20, '20': 10, '10': null };

function Pages({ isFetching = false, single = false }: { isFetching?: boolean; single?: boolean }) {
  const pager = useCursorPager();
  const next = single ? null : NEXT[pager.cursor === undefined ? 'first' : String(pager.cursor)];
  return (
    <>
      <p>página {pager.page}</p>
      <CursorPagerNav pager={pager} next={next} isFetching={isFetching} />
    </>
  );
}

describe('CursorPagerNav', () => {
  it('pages older and back newer, each button disabled at its end', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Pages />);
    const nav = screen.getByRole('navigation', { name: 'Páginas' });
    expect(nav).toBeInTheDocument();
    const newer = screen.getByRole('button', { name: 'Más recientes' });
    const older = screen.getByRole('button', { name: 'Más antiguas' });
    expect(newer).toBeDisabled();
    expect(older).toBeEnabled();

    await user.click(older);
    expect(screen.getByText('página 2')).toBeInTheDocument();
    expect(newer).toBeEnabled();
    await user.click(older);
    expect(screen.getByText('página 3')).toBeInTheDocument();
    expect(older).toBeDisabled();

    await user.click(newer);
    await user.click(newer);
    expect(screen.getByText('página 1')).toBeInTheDocument();
    expect(newer).toBeDisabled();
  });

  it('disables both buttons while a page loads', () => {
    renderWithProviders(<Pages isFetching />);
    expect(screen.getByRole('button', { name: 'Más recientes' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Más antiguas' })).toBeDisabled();
  });

  it('shows nothing when there is only one page', () => {
    renderWithProviders(<Pages single />);
    expect(screen.queryByRole('navigation', { name: 'Páginas' })).not.toBeInTheDocument();
  });

  it('speaks English', () => {
    renderWithProviders(<Pages />, { language: 'en' });
    expect(screen.getByRole('navigation', { name: 'Pages' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Newer' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Older' })).toBeInTheDocument();
  });
});

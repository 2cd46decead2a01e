import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/test/render';
import { FeedbackButtons } from './FeedbackButtons';

describe('FeedbackButtons', () => {
  it('rates up at once', async () => {
    const user = userEvent.setup();
    const onRate = vi.fn().mockResolvedValue(true);
    renderWithProviders(<FeedbackButtons rating={null} onRate={onRate} />);
    await user.click(screen.getByRole('button', { name: 'Útil' }));
    expect(onRate).toHaveBeenCalledExactlyOnceWith('up', undefined);
    expect(await screen.findByText('Gracias por tu valoración.')).toBeInTheDocument();
  });

  it('thumbs down opens a dialog whose comment is sent with the rating', async () => {
    const user = userEvent.setup();
    const onRate = vi.fn().mockResolvedValue(true);
    renderWithProviders(<FeedbackButtons rating={null} onRate={onRate} />);
    await user.click(screen.getByRole('button', { name: 'No útil' }));
    const dialog = await screen.findByRole('dialog', { name: '¿Qué ha fallado?' });
    expect(onRate).not.toHaveBeenCalled();
    await user.type(screen.getByRole('textbox', { name: 'Comentario' }), 'Era febrero, no marzo');
    await user.click(screen.getByRole('button', { name: 'Enviar valoración' }));
    expect(onRate).toHaveBeenCalledExactlyOnceWith('down', 'Era febrero, no marzo');
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
  });

  it('thumbs down without a comment sends the rating alone; cancel sends nothing', async () => {
    const user = userEvent.setup();
    const onRate = vi.fn().mockResolvedValue(true);
    renderWithProviders(<FeedbackButtons rating={null} onRate={onRate} />, { language: 'en' });
    await user.click(screen.getByRole('button', { name: 'Not helpful' }));
    await screen.findByRole('dialog', { name: 'What went wrong?' });
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(onRate).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Not helpful' }));
    await screen.findByRole('textbox', { name: 'Comment' });
    await user.click(screen.getByRole('button', { name: 'Send feedback' }));
    expect(onRate).toHaveBeenCalledExactlyOnceWith('down', undefined);
  });

  it('says so when the rating could not be saved, and shows the pressed state', async () => {
    const user = userEvent.setup();
    const onRate = vi.fn().mockResolvedValue(false);
    renderWithProviders(<FeedbackButtons rating="up" onRate={onRate} />);
    expect(screen.getByRole('button', { name: 'Útil' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'No útil' })).toHaveAttribute('aria-pressed', 'false');
    await user.click(screen.getByRole('button', { name: 'Útil' }));
    expect(await screen.findByText('No se ha podido guardar la valoración.')).toBeInTheDocument();
  });
});

import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/test/render';
import { ChatComposer } from './ChatComposer';

function renderComposer(language: 'es' | 'en' = 'es', answering = false) {
  const onSend = vi.fn();
  const onStop = vi.fn();
  const view = renderWithProviders(<ChatComposer onSend={onSend} onStop={onStop} answering={answering} />, { language });
  return { onSend, onStop, ...view };
}

describe('ChatComposer', () => {
  it('is labelled in Spanish', () => {
    renderComposer('es');
    expect(screen.getByRole('textbox', { name: 'Mensaje' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Enviar' })).toBeInTheDocument();
  });

  it('is labelled in English', () => {
    renderComposer('en');
    expect(screen.getByRole('textbox', { name: 'Message' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send' })).toBeInTheDocument();
  });

  it('sends the trimmed message on Enter and clears the box', async () => {
    const user = userEvent.setup();
    const { onSend } = renderComposer();
    const box = screen.getByRole('textbox', { name: 'Mensaje' });
    await user.type(box, '  ¿Cuánto cobré en marzo?  {Enter}');
    expect(onSend).toHaveBeenCalledExactlyOnceWith('¿Cuánto cobré en marzo?');
    expect(box).toHaveValue('');
  });

  it('starts a new line on Shift+Enter without sending', async () => {
    const user = userEvent.setup();
    const { onSend } = renderComposer();
    const box = screen.getByRole('textbox', { name: 'Mensaje' });
    await user.type(box, 'primera línea{Shift>}{Enter}{/Shift}segunda');
    expect(onSend).not.toHaveBeenCalled();
    expect(box).toHaveValue('primera línea\nsegunda');
    await user.click(screen.getByRole('button', { name: 'Enviar' }));
    expect(onSend).toHaveBeenCalledExactlyOnceWith('primera línea\nsegunda');
  });

  it('does not send an empty message', async () => {
    const user = userEvent.setup();
    const { onSend } = renderComposer();
    expect(screen.getByRole('button', { name: 'Enviar' })).toBeDisabled();
    await user.type(screen.getByRole('textbox', { name: 'Mensaje' }), '   {Enter}');
    expect(onSend).not.toHaveBeenCalled();
  });

  it('while answering, offers Stop; Esc stops and Enter does not send', async () => {
    const user = userEvent.setup();
    const { onSend, onStop } = renderComposer('es', true);
    const box = screen.getByRole('textbox', { name: 'Mensaje' });
    await user.type(box, 'otra pregunta{Enter}');
    expect(onSend).not.toHaveBeenCalled();
    await user.keyboard('{Escape}');
    expect(onStop).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Detener' }));
    expect(onStop).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('button', { name: 'Enviar' })).not.toBeInTheDocument();
  });
});

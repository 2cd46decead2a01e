import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ApiError } from '@/api/errors';
import { renderWithProviders } from '@/test/render';
import { EmployeeSaveError } from './EmployeeSaveError';

const invalid = (status: number, detail?: string): ApiError => ({ kind: 'invalid', status, problem: detail ? { title: 'Invalid', detail } : undefined });

describe('EmployeeSaveError', () => {
  it('shows nothing without an error, or when the server named the refused fields', () => {
    const { container, rerender } = renderWithProviders(<EmployeeSaveError error={undefined} hasFieldErrors={false} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<EmployeeSaveError error={invalid(400)} hasFieldErrors />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says the server’s words for a refusal that names no field, else that it was refused', () => {
    const { rerender } = renderWithProviders(<EmployeeSaveError error={invalid(400, 'Bad position.')} hasFieldErrors={false} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Bad position.');
    rerender(<EmployeeSaveError error={{ kind: 'invalid', status: 422 }} hasFieldErrors={false} />);
    expect(screen.getByRole('alert')).toHaveTextContent('No se ha podido guardar.');
  });

  it('puts the conflict words before the server’s for a 409, only when asked to', () => {
    const { rerender } = renderWithProviders(
      <EmployeeSaveError error={invalid(409, 'E1 is taken.')} hasFieldErrors conflictLabel="Ya existe un empleado con ese correo o número." />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Ya existe un empleado con ese correo o número. E1 is taken.');
    rerender(<EmployeeSaveError error={invalid(409, 'E1 is taken.')} hasFieldErrors={false} />);
    expect(screen.getByRole('alert')).toHaveTextContent(/^E1 is taken\.$/);
  });
});

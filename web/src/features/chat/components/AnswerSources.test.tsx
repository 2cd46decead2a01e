import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/test/render';
import { AnswerSources, sourcePdf, sourceRoute } from './AnswerSources';

describe('answer sources', () => {
  it('maps API hrefs to the app’s routes', () => {
    expect(sourceRoute({ type: 'payslip', year: 2025, month: 3, href: '/api/payroll/payslips/2025/3' })).toBe('/payslips/2025/3');
    expect(sourceRoute({ type: 'payslip', href: '/api/payroll/payslips/2024/12' })).toBe('/payslips/2024/12');
    expect(sourceRoute({ type: 'profile', href: '/api/users/me' })).toBe('/profile');
    expect(sourceRoute({ type: 'payslip', href: '/api/payroll/payslips/latest' })).toBeNull();
    expect(sourceRoute({ type: 'unknown', href: 'https://elsewhere.example/' })).toBeNull();
  });

  it('names payslip links by their month in each language, once each', () => {
    const sources = [
      { type: 'payslip', year: 2025, month: 3, href: '/api/payroll/payslips/2025/3' },
      { type: 'payslip', year: 2025, month: 2, href: '/api/payroll/payslips/2025/2' },
      { type: 'payslip', year: 2025, month: 3, href: '/api/payroll/payslips/2025/3' },
    ];
    const { unmount } = renderWithProviders(<AnswerSources sources={sources} />, { language: 'en' });
    expect(screen.getAllByRole('link').map((a) => a.textContent)).toEqual(['March 2025 payslip', 'February 2025 payslip']);
    unmount();
    renderWithProviders(<AnswerSources sources={sources} />, { language: 'es' });
    expect(screen.getByRole('link', { name: 'Nómina de febrero de 2025' })).toHaveAttribute('href', '/payslips/2025/2');
  });

  it('offers a payslip the chat was asked for as a PDF as a download, and only same-origin PDF paths', () => {
    const sources = [
      { type: 'payslip', year: 2025, month: 3, href: '/api/payroll/payslips/2025/3' },
      { type: 'payslip_pdf', year: 2025, month: 3, href: '/api/payroll/payslips/2025/3/pdf?lang=es' },
      { type: 'payslip_pdf', year: 2025, month: 4, href: 'https://elsewhere.example/api/payroll/payslips/2025/4/pdf' },
    ];
    expect(sourcePdf(sources[2])).toBeNull();
    renderWithProviders(<AnswerSources sources={sources} />, { language: 'es' });
    const pdf = screen.getByRole('link', { name: 'Nómina de marzo de 2025 en PDF' });
    expect(pdf).toHaveAttribute('href', '/api/payroll/payslips/2025/3/pdf?lang=es');
    expect(pdf).toHaveAttribute('download');
    expect(screen.getAllByRole('link')).toHaveLength(2);
  });
});

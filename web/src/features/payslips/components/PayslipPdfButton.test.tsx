import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/test/render';
import { payslipPdfFileName, payslipPdfUrl } from '../api/payslipPdf';
import { PayslipPdfButton } from './PayslipPdfButton';

describe('PayslipPdfButton', () => {
  it('links to the month’s PDF in Spanish, as a download named like the service names it', () => {
    renderWithProviders(<PayslipPdfButton year={2025} month={3} />, { language: 'es' });

    const link = screen.getByRole('link', { name: 'Descargar PDF' });
    expect(link).toHaveAttribute('href', '/api/payroll/payslips/2025/3/pdf?lang=es');
    expect(link).toHaveAttribute('download', 'nomina-2025-03.pdf');
  });

  it('asks for the English PDF when the app is in English', () => {
    renderWithProviders(<PayslipPdfButton year={2024} month={12} />, { language: 'en' });

    const link = screen.getByRole('link', { name: 'Download PDF' });
    expect(link).toHaveAttribute('href', '/api/payroll/payslips/2024/12/pdf?lang=en');
    expect(link).toHaveAttribute('download', 'payslip-2024-12.pdf');
  });

  it('builds same-origin addresses only', () => {
    expect(payslipPdfUrl(2026, 1, 'es')).toBe('/api/payroll/payslips/2026/1/pdf?lang=es');
    expect(payslipPdfFileName(2026, 1, 'en')).toBe('payslip-2026-01.pdf');
  });
});

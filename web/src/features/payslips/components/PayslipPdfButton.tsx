import DownloadIcon from '@mui/icons-material/Download';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/lib/i18n';
import { payslipPdfFileName, payslipPdfUrl } from '../api/payslipPdf';

/** "Descargar PDF" / "Download PDF": the month's payslip as a nómina PDF in the UI's language. */
export function PayslipPdfButton({ year, month }: { year: number; month: number }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <Button
      component="a"
      href={payslipPdfUrl(year, month, lang)}
      download={payslipPdfFileName(year, month, lang)}
      variant="outlined"
      startIcon={<DownloadIcon />}
    >
      {t('payslips.downloadPdf')}
    </Button>
  );
}

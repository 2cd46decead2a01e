import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { LoadingState } from '@/components/LoadingState';
import { QueryError } from '@/components/QueryError';
import { formatDate, formatDateTime } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { usePageTitle } from '@/lib/usePageTitle';
import { useGetEmployeeQuery } from '../api/peopleApi';
import { EmployeeAccessActions } from './EmployeeAccessActions';
import { EmployeeAccountSecurity } from './EmployeeAccountSecurity';
import { EmployeeChanges } from './EmployeeChanges';
import { EmployeePayslips } from './EmployeePayslips';
import { EmployeeProfileForm } from './EmployeeProfileForm';
import { EmployeeStatusChip } from './EmployeeStatusChip';

function Section({ id, title, children, action }: { id: string; title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <Paper variant="outlined" component="section" aria-labelledby={id} sx={{ p: { xs: 2, sm: 3 }, display: 'grid', gap: 2 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'center', gap: 1 }}>
        <Typography variant="h2" id={id}>
          {title}
        </Typography>
        {action}
      </Box>
      {children}
    </Paper>
  );
}

/** `/hr/employees/:id`: the profile (editable), access (deactivate, links, sign-out), role and second factor, payslips, change history. */
export function EmployeePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { data: employee, error, isFetching, refetch } = useGetEmployeeQuery(id);
  const name = employee ? `${employee.firstName} ${employee.lastName}`.trim() || employee.email : '';
  usePageTitle(name || t('hr.employee.title'));

  if (!employee) {
    return (
      <Box sx={{ display: 'grid', gap: 2 }}>
        <Typography variant="h1">{t('hr.employee.title')}</Typography>
        {isFetching && <LoadingState label={t('app.loading')} />}
        {error && <QueryError error={error} onRetry={() => void refetch()} notFound={t('hr.employee.notFound')} />}
        <Box>
          <Button component={RouterLink} to="/hr/employees">
            {t('hr.employee.back')}
          </Button>
        </Box>
      </Box>
    );
  }

  const facts: [string, string | undefined][] = [
    [t('hr.people.email'), employee.email],
    [t('hr.people.employeeNumber'), employee.employeeNumber],
    [t('hr.people.hireDate'), employee.hireDate ? formatDate(employee.hireDate, lang) : undefined],
    [t('hr.employee.deactivatedAt'), employee.deactivatedAt ? formatDateTime(employee.deactivatedAt, lang) : undefined],
    [t('hr.employee.id'), employee.id],
  ];

  return (
    <Box sx={{ display: 'grid', gap: 3 }}>
      <Box>
        <Button component={RouterLink} to="/hr/employees" size="small" sx={{ mb: 1 }}>
          {t('hr.employee.back')}
        </Button>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2 }}>
          <Typography variant="h1">{name}</Typography>
          <EmployeeStatusChip status={employee.status} />
        </Box>
        <Typography color="text.secondary">
          {[employee.position, employee.department].filter(Boolean).join(' · ')}
        </Typography>
      </Box>

      <Section id="employee-profile" title={t('hr.employee.profile')}>
        <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '200px 1fr' }, gap: { xs: 0.5, sm: 1 }, m: 0 }}>
          {facts
            .filter(([, value]) => value)
            .map(([label, value]) => (
              <Box key={label} sx={{ display: 'contents' }}>
                <Typography component="dt" color="text.secondary">
                  {label}
                </Typography>
                <Typography component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }}>
                  {value}
                </Typography>
              </Box>
            ))}
        </Box>
        <EmployeeProfileForm employee={employee} />
      </Section>

      <Section id="employee-access" title={t('hr.employee.access')}>
        <EmployeeAccessActions employee={employee} name={name} />
      </Section>

      <Section id="employee-account" title={t('hr.employee.accountSecurity')}>
        <EmployeeAccountSecurity employee={employee} name={name} />
      </Section>

      <Section
        id="employee-payslips"
        title={t('hr.employee.payslips')}
        action={
          <Button component={RouterLink} to={`/hr/audit?subject=${employee.id}&includeOwn=true`} size="small">
            {t('hr.employee.auditLink')}
          </Button>
        }
      >
        <EmployeePayslips userId={employee.id} name={name} />
      </Section>

      <Section id="employee-changes" title={t('hr.employee.changes')}>
        <EmployeeChanges userId={employee.id} />
      </Section>
    </Box>
  );
}

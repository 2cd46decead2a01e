import { useParams } from 'react-router';
import { EmployeePage } from '@/features/hr-people/components/EmployeePage';

/** `/hr/employees/:id` (lazy). */
export default function HrEmployeeRoute() {
  const { id = '' } = useParams();
  return <EmployeePage key={id} id={id} />;
}

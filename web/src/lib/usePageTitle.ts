import { useEffect } from 'react';

/** "Nóminas · ChatNomina": each page names itself in the tab and for assistive technology. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · ChatNomina` : 'ChatNomina';
  }, [title]);
}

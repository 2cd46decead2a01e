import type { ImportPublicationResult, ImportResult } from '@/api/types';

/**
 * What this page knows of an import's publication: from the import's answer or a publish answer.
 * The history (`GET /api/payroll/imports`) does not carry it, so rows it does not know offer "Publish"
 * (publishing again is harmless).
 */
export interface Publication {
  published: boolean;
  publishedAt: string | null;
}

export type Publications = Record<number, Publication>;

export function publicationOf(result: ImportResult | ImportPublicationResult): Publication {
  return { published: result.published ?? false, publishedAt: result.publishedAt ?? null };
}

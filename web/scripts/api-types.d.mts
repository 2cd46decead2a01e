/** Types of scripts/api-types.mjs for the tests that import it. */
export const services: readonly string[];
export function generate(document: unknown): Promise<string>;

import type { FormInstance } from 'antd';
import { fieldIssuesOf } from '../app/api-client';

const REQUEST_PARTS = new Set(['body', 'querystring', 'query', 'params']);

/** The form field a problem path points at: `body.storeIds.0` and `storeIds[0]` → `storeIds`. */
export function fieldOfPath(path: string): string {
  const segments = path.split(/[.[\]]/).filter(Boolean);
  const [first, second] = segments;
  return (first !== undefined && REQUEST_PARTS.has(first) ? second : first) ?? '';
}

/**
 * Puts the field problems of a `validation_failed` error next to the matching form fields.
 * Returns true when every problem found a field.
 */
export function showFieldErrors(form: FormInstance, error: unknown, fields: readonly string[]): boolean {
  const issues = fieldIssuesOf(error);
  if (issues.length === 0) return false;
  const byField = new Map<string, string[]>();
  let unmatched = 0;
  for (const issue of issues) {
    const field = fieldOfPath(issue.path);
    if (!fields.includes(field)) {
      unmatched += 1;
      continue;
    }
    byField.set(field, [...(byField.get(field) ?? []), issue.message]);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return unmatched === 0;
}

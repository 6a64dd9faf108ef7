import { useState } from 'react';
import type { FormInstance } from 'antd';
import { ApiError, type ClientErrorCode } from '../app/api-client';
import { useErrorText } from './error-text';
import { showFieldErrors } from './form-errors';

type Options<V> = {
  /** Form fields that server-side field problems may be shown next to. */
  fields: readonly string[];
  /** Error codes that belong to one field, e.g. `email_taken` → `email`. */
  codeFields?: Partial<Record<ClientErrorCode, string>>;
  onSubmit: (values: V) => Promise<void>;
};

/** The field an error names in `details.field` (e.g. `invalid_credentials` on `currentPassword`). */
function detailsField(error: ApiError, fields: readonly string[]): string | undefined {
  if (error.code === 'validation_failed') return undefined;
  const field = (error.details as { field?: unknown } | null | undefined)?.field;
  return typeof field === 'string' && fields.includes(field) ? field : undefined;
}

/** Submits a form and shows what went wrong next to the fields, or as `error` for an alert above them. */
export function useFormSubmit<V>(form: FormInstance<V>, { fields, codeFields = {}, onSubmit }: Options<V>) {
  const errorText = useErrorText();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>();

  const submit = async (values: V) => {
    setSubmitting(true);
    setError(undefined);
    try {
      await onSubmit(values);
    } catch (cause) {
      const field =
        cause instanceof ApiError ? (codeFields[cause.code] ?? detailsField(cause, fields)) : undefined;
      if (field) form.setFields([{ name: field as never, errors: [errorText(cause)] }]);
      else {
        showFieldErrors(form, cause, fields);
        setError(cause);
      }
    } finally {
      setSubmitting(false);
    }
  };

  return { submit, submitting, error, clearError: () => setError(undefined) };
}

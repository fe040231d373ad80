// Anyone can call a server action with any arguments and any bytes (docs/decisions/014-untrusted-input.md):
// what arrives is cleaned here, once, before an action reads a field.

/** Text without NUL bytes: PostgreSQL cannot store them, and no person types them. */
export const withoutNul = (value: string) => (value.includes('\u0000') ? value.replaceAll('\u0000', '') : value);

/** The form's text fields as a record (files left out): what the core functions validate with their schemas. */
export const textFields = (formData: FormData): Record<string, string> =>
  Object.fromEntries([...formData.entries()].filter(([, v]) => typeof v === 'string')) as Record<string, string>;

/** A copy of the form with NUL bytes removed from names and text values (files pass through). */
export function cleanFormData(formData: FormData): FormData {
  const clean = new FormData();
  for (const [name, value] of formData.entries()) clean.append(withoutNul(name), typeof value === 'string' ? withoutNul(value) : value);
  return clean;
}

/** JSON posted inside a form field, with NUL bytes removed from every string in it; null when it does not parse. */
export function parseJsonField(value: FormDataEntryValue | null): unknown {
  try {
    return JSON.parse(typeof value === 'string' ? value : '', (_key, v: unknown) => (typeof v === 'string' ? withoutNul(v) : v));
  } catch {
    return null;
  }
}

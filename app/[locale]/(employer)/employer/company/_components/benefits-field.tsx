'use client';

import { useTranslations } from 'next-intl';
import { controlAria, useFieldErrors, type FieldMeta } from '@/components/forms';
import { errorClass, hintClass } from '@/components/forms/field-styles';
import { COMPANY_BENEFITS } from '@/lib/companies/vocabulary';

/** The benefit checkboxes: one `benefits` value per ticked box; the kept or saved ones come back ticked. */
export function BenefitsField({ meta, hint }: { meta: FieldMeta; hint: string }) {
  const t = useTranslations('company.vocab.benefit');
  const errors = useFieldErrors(meta);
  const initial = meta.initialValue;
  const ticked = new Set<unknown>(Array.isArray(initial) ? initial : [initial]);
  const aria = controlAria(meta, errors.length > 0, true);

  return (
    <div>
      <p id={meta.descriptionId} className={hintClass}>
        {hint}
      </p>
      <ul key={meta.key} className="mt-3 grid gap-x-6 gap-y-2.5 sm:grid-cols-2">
        {COMPANY_BENEFITS.map((benefit) => (
          <li key={benefit} className="flex gap-3">
            <input
              id={`${meta.id}-${benefit}`}
              type="checkbox"
              name={meta.name}
              value={benefit}
              defaultChecked={ticked.has(benefit)}
              {...aria}
              className="mt-0.5 size-5 shrink-0 accent-brand-700"
            />
            <label htmlFor={`${meta.id}-${benefit}`} className="text-sm text-ink-800">
              {t(benefit)}
            </label>
          </li>
        ))}
      </ul>
      {errors[0] && (
        <p id={meta.errorId} className={errorClass}>
          {errors[0]}
        </p>
      )}
    </div>
  );
}

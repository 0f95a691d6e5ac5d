import { fieldLabel, optionText, type FieldSpec } from '@/utils/orders/service-types';
import { t } from '@/utils/i18n/messages';

/** The fields a service type needs besides link and service, from utils/orders/service-types.ts. */
export function TypeFields({ fields, values, errors, onChange }: {
  fields: FieldSpec[];
  values: Record<string, string>;
  errors: Record<string, string>;
  onChange: (name: string, value: string) => void;
}) {
  return (
    <>
      {fields.map((field) => {
        const id = `field-${field.name}`;
        const error = errors[field.name];
        const describedBy = [error ? `${id}-error` : null, field.help ? `${id}-help` : null].filter(Boolean).join(' ') || undefined;
        const common = {
          id,
          value: values[field.name] ?? '',
          'aria-invalid': error ? true : undefined,
          'aria-describedby': describedBy,
          onInput: (e: Event) => onChange(field.name, (e.target as HTMLInputElement).value),
        };
        return (
          <div class="field" key={field.name}>
            <label for={id}>{fieldLabel(field)}</label>
            {field.kind === 'lines' ? (
              <textarea {...common} rows={4} />
            ) : field.kind === 'select' ? (
              <select {...common} onChange={common.onInput}>
                {/* Without it the first option shows as chosen while nothing is: "Delay is required". */}
                {field.required && !values[field.name] && <option value="">{t('quickOrder_choose')}</option>}
                {field.options!.map(([value, label]) => (
                  <option key={value} value={value}>
                    {optionText(label)}
                  </option>
                ))}
              </select>
            ) : field.kind === 'date' ? (
              <input {...common} type="date" />
            ) : (
              <input {...common} inputMode={field.kind === 'int' ? 'numeric' : undefined} class={field.kind === 'int' ? 'num short' : undefined} autocomplete="off" />
            )}
            {field.help && (
              <span id={`${id}-help`} class="field-help">
                {t(field.help)}
              </span>
            )}
            {error && (
              <span id={`${id}-error`} class="field-error">
                {error}
              </span>
            )}
          </div>
        );
      })}
    </>
  );
}

import type { ComponentChildren } from 'preact';
import type { PanelError } from '@/utils/panel-api/errors';

/**
 * A failure as every page shows it: what happened in bold, then what to do, then any action
 * (a "Try again" button). `alert` is read out at once; `status` for a stale-data note that
 * must not interrupt (the popup's balance line).
 */
export function ErrorNotice({ error, small = false, role = 'alert', id, children }: {
  error: Pick<PanelError, 'message' | 'hint'>;
  small?: boolean;
  role?: 'alert' | 'status';
  id?: string;
  children?: ComponentChildren;
}) {
  return (
    <p id={id} class={small ? 'notice error small' : 'notice error'} role={role}>
      <strong>{error.message}</strong> {error.hint}
      {children ? <> {children}</> : null}
    </p>
  );
}

import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useApp } from '@/components/use-app';
import { own } from '@/utils/own';
import { detectPlatform, kindOfService, likelyKind, platformById, type Platform } from '@/utils/catalog/platform';
import { noAnswerFromBackground, type PlaceOrderInput, type PlaceOrderOutcome } from '@/utils/messaging';
import { likelyService } from '@/utils/catalog/last-used';
import { checkOrder } from '@/utils/orders/order-form';
import { typeSpecFor, type FieldSpec } from '@/utils/orders/service-types';
import type { Service } from '@/utils/panel-api/types';
import { panelWebsite } from '@/utils/panel-api/url';
import { defaultPanel } from '@/utils/ui/app-store';
import { t } from '@/utils/i18n/messages';
import { T } from '@/components/T';
import { formatRelativeTime } from '@/utils/i18n/intl-format';
import { ChargeSummary } from './ChargeSummary';
import { ComparePanels } from './ComparePanels';
import { PinServiceButton } from './PinServiceButton';
import { RemovedChoiceNotice } from './RemovedChoiceNotice';
import { ServiceFacts } from './ServiceFacts';
import { ServicePicker } from './ServicePicker';
import { OrderOutcome } from './OrderOutcome';
import { TypeFields } from './TypeFields';
import { useCatalog } from './use-catalog';
import type { QuickOrderActions } from './actions';
import { useDuplicateCheck } from './use-duplicate-check';
import { DuplicateMessage } from './DuplicateMessage';
import { PanelOptions } from '@/components/PanelOptions';
import { CURRENCY_NOT_STATED } from '@/utils/panels/balance-text';
import { panelRecordHints } from '@/utils/orders/record-hints';
import { recordKey } from '@/utils/orders/service-record';
import { useServiceRecords } from './page-orders';
import { RemainsNotice, type RemainsRequest } from './RemainsNotice';
import { ErrorNotice } from '@/components/ErrorNotice';

export function QuickOrderForm({ initialUrl, initialPanelId, recentByPanel, remains, actions }: {
  initialUrl: string;
  initialPanelId: string | null;
  /** ?remains=<orderKey>: "Order the remaining N" from the orders page. */
  remains?: RemainsRequest | null;
  recentByPanel: Record<string, string[]>;
  actions: QuickOrderActions;
}) {
  const panels = useApp((s) => s.panels);
  const balances = useApp((s) => s.balances);
  const settings = useApp((s) => s.settings);
  const [panelId, setPanelId] = useState(initialPanelId ?? defaultPanel(panels)?.id ?? null);
  const [values, setValues] = useState<Record<string, string>>({ link: initialUrl });
  const [service, setService] = useState<Service | null>(null);
  const [platformCleared, setPlatformCleared] = useState(false);
  const [dripfeed, setDripfeed] = useState(false);
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<PlaceOrderOutcome | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [showErrors, setShowErrors] = useState(false);
  const requestId = useRef(crypto.randomUUID());
  const catalog = useCatalog(panelId, settings.catalogTtlHours, actions);
  const panel = panels.find((p) => p.id === panelId) ?? null;
  const balance = panelId ? (own(balances, panelId)?.last ?? null) : null;
  const recent = (panelId && own(recentByPanel, panelId)) || [];
  const records = useServiceRecords(actions.readOrders, catalog.index !== null);
  const hints = useMemo(() => panelRecordHints(records, panelId), [records, panelId]);

  const detected = detectPlatform(values.link ?? '');
  const platform = platformCleared ? null : detected;

  // Preselect the likely service once the catalog is there (not after the user picked one).
  // A layout effect: the form's first paint with the catalog already shows the service.
  // A refreshed catalog gives the chosen service its new terms (rate, min, max), or none once removed.
  useLayoutEffect(() => {
    if (!catalog.index) return;
    if (service) return setService(catalog.index.services.find((s) => s.id === service.id) ?? null);
    // A form filled from an order's remains keeps the service it chose.
    if (remains) return;
    setService(likelyService(catalog.index.services, recent, detected, likelyKind(values.link ?? '')));
  }, [catalog.index]);

  // A service priced in its own currency is charged in it; the balance can only be compared
  // with a charge in the same currency, and only when the panel's figure could be read.
  const chargeCurrency = service?.currency ?? balance?.currency ?? null;
  const otherCurrency = !!service?.currency && !!balance && service.currency !== balance.currency;
  const comparable = balance && balance.balance !== null && !otherCurrency ? { amount: balance.balance, currency: balance.currency ?? CURRENCY_NOT_STATED, fetchedAt: balance.fetchedAt } : null;
  const check = service ? checkOrder({ service, values, dripfeed, balance: comparable, now: Date.now() }) : null;
  const [duplicate, setDuplicate] = useDuplicateCheck(actions.duplicates, panelId, check?.fields.link ?? check?.fields.username ?? null, outcome, sending);
  const { spec, unknownType } = typeSpecFor(service?.type ?? 'Default'); // i18n-exempt: the API type name
  const canDripfeed = !!service && spec.dripfeed && service.dripfeed !== false;
  const perRun = dripfeed && canDripfeed;
  // SmartPanel and Perfect Panel alike: a drip-feed's quantity is what each run delivers.
  const typeFields = perRun ? spec.fields.map((f): FieldSpec => (f.name === 'quantity' ? { ...f, label: 'quickOrder_fieldQuantityPerRun', help: 'quickOrder_helpQuantityPerRun' } : f)) : spec.fields;
  /**
   * The order changed (a field, the service or the panel). After "not confirmed" it is a new
   * request (the link check still asks first); under the old id it would be refused as sent.
   */
  const orderChanged = () => {
    if (outcome?.kind === 'unconfirmed') requestId.current = crypto.randomUUID();
    setOutcome(null);
    setConfirmed(false);
  };
  const set = (name: string, value: string) => {
    setValues((v) => ({ ...v, [name]: value }));
    orderChanged();
  };
  // After "not confirmed", the same click must not send again: the button stays off until the
  // user changes the order (and then the unconfirmed attempt on that link asks to confirm).
  const awaitingCheck = outcome?.kind === 'unconfirmed';
  const errors = showErrors && check ? check.errors : {};
  const choose = (id: string, s: Service, filled?: Record<string, string>) => {
    setPanelId(id);
    setService(s);
    if (filled) setValues((v) => ({ ...v, ...filled }));
    orderChanged();
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!service || !check || !panelId || sending) return;
    setShowErrors(true);
    if (Object.keys(check.errors).length > 0) return;
    if (duplicate && !confirmed) return;
    setSending(true);
    let result: PlaceOrderOutcome;
    try {
      result = await actions.place({ requestId: requestId.current, panelId, serviceId: service.id, fields: check.fields, source: 'quick-order', confirmDuplicate: !!duplicate && confirmed });
    } catch {
      // The background did not answer (it restarted mid-call): the order may exist.
      result = { kind: 'unconfirmed', attemptId: '', error: noAnswerFromBackground() };
    } finally {
      setSending(false);
    }
    setOutcome(result);
    // Every answer asks for a fresh confirmation before the same link is ordered again.
    setConfirmed(false);
    // Not sent: the background found an order on the link meanwhile (in flight from another
    // window). Shown and asked; the request id was not used, so it is kept.
    if (result.kind === 'needs-confirm') setDuplicate(result.hit);
    // A new id only after a final answer: an unconfirmed order keeps its id, so sending the
    // same request again can only be answered "already sent".
    if (result.kind === 'placed' || result.kind === 'rejected') requestId.current = crypto.randomUUID();
  };

  if (panels.length === 0) {
    return <p class="notice info">{t('quickOrder_addPanelFirst')}</p>;
  }
  return (
    <form class="quick-order" onSubmit={submit} noValidate aria-label={t('quickOrder_formName')}>
      {remains && <RemainsNotice request={remains} panelId={panelId} services={catalog.index?.services ?? null} readCatalog={actions.readCatalog} onApply={(id, s, f) => choose(id, s, { link: f.link, quantity: String(f.quantity) })} />}
      <div class="field">
        <label for="field-link">{spec.link === 'none' ? t('quickOrder_linkNotForSubscriptions') : t('quickOrder_link')}</label>
        <input id="field-link" dir="ltr" value={values.link ?? ''} onInput={(e) => set('link', (e.target as HTMLInputElement).value)} aria-invalid={errors.link ? true : undefined} aria-describedby={errors.link ? 'field-link-error' : undefined} spellcheck={false} autocomplete="off" />
        {errors.link && (
          <span id="field-link-error" class="field-error">
            {errors.link}
          </span>
        )}
      </div>
      {panels.length > 1 && (
        <div class="field">
          <label for="field-panel">{t('quickOrder_panel')}</label>
          <select
            id="field-panel"
            value={panelId ?? ''}
            onChange={(e) => {
              setPanelId((e.target as HTMLSelectElement).value);
              setService(null);
              orderChanged();
            }}
          >
            <PanelOptions panels={panels} balances={balances} />
          </select>
        </div>
      )}
      {catalog.index ? (
        <>
          <ServicePicker
            index={catalog.index}
            platform={platform}
            recent={recent}
            selected={service}
            currency={balance?.currency ?? null}
            hints={hints}
            onSelect={(s) => {
              setService(s);
              orderChanged();
            }}
            onClearPlatform={() => setPlatformCleared(true)}
          />
          <p class="muted small catalog-age">
            {/* The relative time is Intl's, already in the reader's language. */}
            <T k="quickOrder_catalogAge" count={catalog.index.services.length} args={[<time translate={false}>{catalog.fetchedAt ? formatRelativeTime(catalog.fetchedAt) : '—'}</time>]} />{' '}
            <button type="button" class="link" onClick={catalog.refresh} disabled={catalog.loading}>
              {catalog.loading ? t('quickOrder_refreshing') : t('quickOrder_refreshServices')}
            </button>
            {platformCleared && detected && (
              <>
                {' '}
                <button type="button" class="link" onClick={() => setPlatformCleared(false)}>
                  {t('quickOrder_onlyPlatform', detected.label)}
                </button>
              </>
            )}
          </p>
          {panelId && <RemovedChoiceNotice panelId={panelId} recent={recent} services={catalog.index.services} platform={detected} kind={likelyKind(values.link ?? '')} currency={balance?.currency ?? null} onPick={(s) => { setService(s); orderChanged(); }} />}
        </>
      ) : (
        <p class="muted" role="status">
          {catalog.loading ? t('quickOrder_loadingServices') : null}
        </p>
      )}
      {catalog.error && (
        <ErrorNotice error={catalog.error} small />
      )}
      {service && (
        <>
          <p class="small service-summary">
            <strong>
              <bdi translate={false}>{service.name}</bdi>
            </strong>{' '}
            <span class="muted">
              — <bdi translate={false}>{service.category}</bdi>
            </span>
            {service.description && (
              <span class="muted">
                {' '}
                · <bdi translate={false}>{service.description}</bdi>
              </span>
            )}
          </p>
          <ServiceFacts service={service} currency={balance?.currency ?? null} record={panelId ? records?.get(recordKey(panelId, service.id)) : null} />
          {otherCurrency && (
            <p class="notice info small">
              {balance?.currency ? t('quickOrder_otherCurrency', service.currency!, balance.currency) : t('quickOrder_otherCurrencyUnstated', service.currency!)}
            </p>
          )}
          {unknownType && (
            <p class="notice warn small">
              <T k="quickOrder_unknownType" args={[<bdi translate={false}>{unknownType}</bdi>]} />
            </p>
          )}
          <TypeFields fields={typeFields} values={values} errors={errors} onChange={set} />
          {canDripfeed && (
            <div class="dripfeed">
              <label class="check">
                <input type="checkbox" checked={dripfeed} onChange={(e) => setDripfeed((e.target as HTMLInputElement).checked)} /> {t('quickOrder_dripfeedToggle')}
              </label>
              {dripfeed && (
                <div class="row">
                  <TypeFields
                    fields={[
                      { name: 'runs', label: 'quickOrder_fieldRuns', kind: 'int', required: true },
                      { name: 'interval', label: 'quickOrder_fieldInterval', kind: 'int', required: true, help: 'quickOrder_helpInterval' },
                    ]}
                    values={values}
                    errors={errors}
                    onChange={set}
                  />
                </div>
              )}
            </div>
          )}
          <ChargeSummary
            charge={check?.charge ?? null}
            balanceAfter={check?.balanceAfter ?? null}
            currency={chargeCurrency}
            chargedQuantity={check?.chargedQuantity ?? null}
            runs={perRun ? (check?.fields.runs ?? null) : null}
          />
          {check?.errors.funds && showErrors && (
            <p class="notice error small" role="alert">
              {check.errors.funds}
            </p>
          )}
          {check?.warnings.map((w) => (
            <p key={w} class="notice warn small">
              {w}
            </p>
          ))}
          {duplicate && !awaitingCheck && (
            <div class="notice warn small" role="alert">
              <DuplicateMessage hit={duplicate} />
              <label class="check">
                <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed((e.target as HTMLInputElement).checked)} /> {t('quickOrder_orderAgainAnyway')}
              </label>
            </div>
          )}
          <div class="row">
            <button type="submit" class="primary" disabled={sending || awaitingCheck || (!!duplicate && !confirmed)}>
              {sending ? t('quickOrder_placing') : t('quickOrder_placeOrder')}
            </button>
            {service.refill === true && <span class="muted small">{t('quickOrder_refillAvailable')}</span>}
            {panelId && <PinServiceButton panelId={panelId} serviceId={service.id} onPin={actions.pin} />}
          </div>
          <OrderOutcome outcome={outcome} panelWebsite={panel ? panelWebsite(panel.apiUrl) : ''} actions={actions} />
          {panelId && <ComparePanels chosen={service} panelId={panelId} records={records} readCatalog={actions.readCatalog} onSwitch={(id, s) => choose(id, s)} />}
        </>
      )}
    </form>
  );
}

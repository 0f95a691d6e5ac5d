import { useEffect, useState } from 'preact/hooks';
import { useApp } from '@/components/use-app';
import { cheapestAlternatives, type Alternative } from '@/utils/catalog/compare';
import { formatMoney } from '@/utils/money';
import type { Service } from '@/utils/panel-api/types';
import { catalogItem } from '@/utils/storage';

/** With several panels: the cheapest matching services elsewhere, one click to switch. */
export function ComparePanels({ chosen, panelId, onSwitch }: { chosen: Service; panelId: string; onSwitch: (panelId: string, service: Service) => void }) {
  const panels = useApp((s) => s.panels);
  const balances = useApp((s) => s.balances);
  const [alternatives, setAlternatives] = useState<Alternative[]>([]);
  const others = panels.filter((p) => p.id !== panelId);

  useEffect(() => {
    let live = true;
    void Promise.all(others.map(async (p) => ({ panelId: p.id, services: (await catalogItem(p.id).getValue())?.services ?? [], currency: balances[p.id]?.last?.currency ?? null }))).then((catalogs) => {
      if (live) setAlternatives(cheapestAlternatives(chosen, catalogs));
    });
    return () => {
      live = false;
    };
  }, [chosen.id, panelId, others.length]);

  if (others.length === 0 || alternatives.length === 0) return null;
  return (
    <section class="compare" aria-labelledby="compare-title">
      <h2 id="compare-title" class="small">
        On your other panels
      </h2>
      <table>
        <tbody>
          {alternatives.map((a) => (
            <tr key={`${a.panelId}:${a.service.id}`}>
              <td class="truncate">{panels.find((p) => p.id === a.panelId)?.name}</td>
              <td class="truncate" title={a.service.name}>
                {a.service.id} · {a.service.name}
              </td>
              <td class="num">{formatMoney(a.service.rate, a.currency)}</td>
              <td class="num muted small">
                {a.service.min.toLocaleString('en-US')}–{a.service.max.toLocaleString('en-US')}
              </td>
              <td>
                <button type="button" onClick={() => onSwitch(a.panelId, a.service)} aria-label={`Use ${a.service.name} on ${panels.find((p) => p.id === a.panelId)?.name}`}>
                  Use
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

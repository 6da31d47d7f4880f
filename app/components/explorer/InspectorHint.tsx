'use client';

// What the inspector pane shows before anything is selected: where to start, and what the marks mean.
import { useI18n } from '../i18n';

/** First-screen hint and the legend of every mark drawn on the graph. */
export default function InspectorHint() {
  const { t } = useI18n();
  return (
    <div className="inspector-hint" data-testid="inspector-hint">
      <p className="hint" data-testid="first-hint">
        {t('hint.firstScreen')}
      </p>
      <p className="muted">{t('inspector.empty')}</p>
      <Legend />
    </div>
  );
}

/** Legend of the marks on labels and edges (?, ✕, ≈, ≥, –, dashed). */
export function Legend() {
  const { t } = useI18n();
  return (
    <div className="symbol-legend" data-testid="symbol-legend">
      <strong className="small">{t('legend.title')}</strong>
      <ul className="small">
        <li>{t('legend.unsure')}</li>
        <li>{t('legend.denied')}</li>
        <li>{t('legend.approx')}</li>
        <li>{t('legend.atLeast')}</li>
        <li>{t('legend.range')}</li>
        <li className="legend-note">
          <svg width="28" height="6" aria-hidden>
            <line x1="0" y1="3" x2="28" y2="3" stroke="#888" strokeWidth="2" strokeDasharray="5 3" />
          </svg>{' '}
          {t('legend.dashed')}
        </li>
      </ul>
    </div>
  );
}

'use client';

// Polls /api/health; shows a banner while Neo4j is down and briefly when it comes back.
import { useEffect, useRef, useState } from 'react';
import { api } from '@/lib/api/client';
import { useI18n } from '../i18n';

/** Neo4j health as the page sees it. */
export type Health = 'unknown' | 'up' | 'down';

/** Polls health every 5 s (2 s while down); calls onPoll after every answer. */
export function useHealth(onPoll?: (h: Health) => void): Health {
  const poller = useRef(onPoll);
  poller.current = onPoll;
  const [health, setHealth] = useState<Health>('unknown');
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    let current: Health = 'unknown';
    const poll = async () => {
      const next: Health = await api.health();
      if (stopped) return;
      poller.current?.(next);
      if (next !== current) {
        current = next;
        setHealth(next);
      }
      timer = setTimeout(poll, next === 'down' ? 2_000 : 5_000);
    };
    poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);
  return health;
}

/** The banner itself: red while down, green for a few seconds once back. */
export default function HealthBanner({ health }: { health: Health }) {
  const { t } = useI18n();
  const [showBack, setShowBack] = useState(false);
  const [wasDown, setWasDown] = useState(false);
  useEffect(() => {
    if (health === 'down') setWasDown(true);
    if (health === 'up' && wasDown) {
      setShowBack(true);
      setWasDown(false);
      const id = setTimeout(() => setShowBack(false), 3_000);
      return () => clearTimeout(id);
    }
  }, [health, wasDown]);
  if (health === 'down')
    return (
      <div className="banner banner-down" role="alert" data-testid="health-banner">
        {t('banner.down')}
      </div>
    );
  if (showBack)
    return (
      <div className="banner banner-up" role="status">
        {t('banner.back')}
      </div>
    );
  return null;
}

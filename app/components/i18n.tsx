'use client';

// Interface language for the component tree (English / French), remembered in localStorage.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { formatDate, formatNumber, pickLang, type Lang } from '@/lib/i18n/lang';
import { statusText, translate, type MessageKey } from '@/lib/i18n/messages';
import { propText, relText, valueText, vocabText } from '@/lib/i18n/vocabulary';

interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t(key: MessageKey, vars?: Record<string, string | number>): string;
  vocab(value: string): string;
  status(value: string): string;
  /** Relationship type in words ("SENT" -> "a envoyé"). */
  rel(type: string): string;
  /** Property key in words. */
  prop(key: string): string;
  /** Property value as shown (numbers, dates, vocabulary in the language). */
  value(key: string, v: unknown): string;
  num(n: number): string;
  date(v: string | number): string;
}

const Ctx = createContext<I18n | null>(null);

/** Provides the interface language; starts in English on the server, then applies the stored choice. */
export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>('en');
  useEffect(() => {
    setLangState(pickLang(localStorage.getItem('trame.lang'), navigator.language));
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((l: Lang) => {
    localStorage.setItem('trame.lang', l);
    setLangState(l);
  }, []);
  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang,
      t: (key, vars) => translate(lang, key, vars),
      vocab: (v) => vocabText(lang, v),
      status: (v) => statusText(lang, v),
      rel: (v) => relText(lang, v),
      prop: (k) => propText(lang, k),
      value: (k, v) => valueText(lang, k, v),
      num: (n) => formatNumber(lang, n),
      date: (v) => formatDate(lang, v),
    }),
    [lang, setLang],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

/** The current language and its translators. */
export function useI18n(): I18n {
  const v = useContext(Ctx);
  if (!v) throw new Error('useI18n outside LangProvider');
  return v;
}

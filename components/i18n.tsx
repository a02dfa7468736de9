import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/**
 * Translation for components. Components never call the browser's i18n API: the entrypoint builds
 * a `Translate` from `browser.i18n.getMessage` and provides it through `I18nContext`; tests build
 * one from the messages.json files with `translatorFromMessages`.
 */

/** Looks up a message of public/_locales by key; `subs` fill $1, $2 ... */
export type Translate = (key: string, subs?: string | readonly string[]) => string;

/** Without a provider the key itself shows, which makes a missing provider obvious. */
export const I18nContext = createContext<Translate>((key) => key);

/** The translate function of the nearest `I18nContext` provider. */
export function useT(): Translate {
  return useContext(I18nContext);
}

/** One entry of a messages.json file (the WebExtension i18n format). */
export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

/**
 * Formats an entry the way browsers do: named `$NAME$` placeholders (case-insensitive) expand to
 * their content, then `$1`…`$9` take the substitutions, and `$$` is a literal dollar sign.
 */
export function formatMessage(entry: MessageEntry, subs: string | readonly string[] = []): string {
  const list = typeof subs === 'string' ? [subs] : subs;
  const placeholders = Object.fromEntries(
    Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
  );
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => placeholders[name.toLowerCase()] ?? whole);
  return named.replace(/\$(\$|[1-9])/g, (_whole, d: string) => (d === '$' ? '$' : (list[Number(d) - 1] ?? '')));
}

/** A `Translate` over a parsed messages.json (tests, and any page that bundles its messages). */
export function translatorFromMessages(messages: Record<string, MessageEntry>): Translate {
  const byLowerKey = new Map(Object.entries(messages).map(([k, v]) => [k.toLowerCase(), v]));
  return (key, subs) => {
    const entry = byLowerKey.get(key.toLowerCase());
    return entry ? formatMessage(entry, subs) : key;
  };
}

/**
 * The `<html lang>` for the browser's UI language. CareFill ships zh_CN (default) and en, and the
 * browser falls back to zh_CN for every other language, so everything but English reads Chinese.
 */
export function htmlLangFor(uiLanguage: string): 'zh-CN' | 'en' {
  return /^en(?:[-_]|$)/i.test(uiLanguage) ? 'en' : 'zh-CN';
}

/**
 * A `Translate` over the browser's `i18n.getMessage` (given by the entrypoint, so components stay
 * free of browser APIs). The browser answers '' for an unknown key; the key shows instead.
 */
export function translatorFromGetMessage(getMessage: (key: string, subs?: string | string[]) => string): Translate {
  return (key, subs) => getMessage(key, subs === undefined ? undefined : typeof subs === 'string' ? subs : [...subs]) || key;
}

import { render } from '@testing-library/preact';
import type { ComponentChild, ComponentChildren } from 'preact';
import { I18nContext, translatorFromMessages, type MessageEntry } from '../../../components/i18n';
import zhCN from '../../../public/_locales/zh_CN/messages.json';

/** The translator of the default (Chinese) locale, as the browser would build it. */
export const tZh = translatorFromMessages(zhCN as Record<string, MessageEntry>);

function ChineseI18n({ children }: { children?: ComponentChildren }) {
  return <I18nContext.Provider value={tZh}>{children}</I18nContext.Provider>;
}

/** Renders a component (and its re-renders) inside the Chinese i18n provider. */
export function renderZh(ui: ComponentChild) {
  return render(ui, { wrapper: ChineseI18n });
}

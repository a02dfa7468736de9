import { render } from 'preact';
import { browser } from 'wxt/browser';
import { I18nContext, htmlLangFor, translatorFromGetMessage } from '../../components/i18n';
import { App } from './App';
import '../../components/theme.css';
import './style.css';

// WXT types getMessage with the literal keys of messages.json; components look keys up by name.
const getMessage = browser.i18n.getMessage.bind(browser.i18n) as (key: string, subs?: string | string[]) => string;
const t = translatorFromGetMessage(getMessage);
// The locale the browser picked the messages for: getUILanguage() can name a language the browser
// has no resources for (Chromium without its l10n package answers zh-CN yet shows English texts).
document.documentElement.lang = htmlLangFor(getMessage('@@ui_locale') || browser.i18n.getUILanguage());
document.title = t('extName');

render(
  <I18nContext.Provider value={t}>
    <App />
  </I18nContext.Provider>,
  document.getElementById('app')!,
);

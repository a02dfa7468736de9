import { describe, expect, it, vi } from 'vitest';
import { formatMessage, htmlLangFor, translatorFromGetMessage, translatorFromMessages } from '../../../components/i18n';

describe('formatMessage', () => {
  it('expands named placeholders and positional substitutions like the browser', () => {
    const entry = {
      message: '共 $COUNT$ 人，显示 $Shown$ 人，$$ 与 $9',
      placeholders: { count: { content: '$1' }, shown: { content: '$2' } },
    };
    expect(formatMessage(entry, ['20', '10'])).toBe('共 20 人，显示 10 人，$ 与 ');
    expect(formatMessage({ message: '第 $1 行' }, '3')).toBe('第 3 行');
    expect(formatMessage({ message: '未知 $NAME$' })).toBe('未知 $NAME$');
  });
});

describe('translators', () => {
  it('look keys up ignoring case and fall back to the key', () => {
    const t = translatorFromMessages({ Field_Name: { message: '姓名' } });
    expect(t('field_name')).toBe('姓名');
    expect(t('missing_key')).toBe('missing_key');
  });

  it('pass substitutions to getMessage and show the key when the browser knows none', () => {
    const getMessage = vi.fn((key: string) => (key === 'known' ? '已知' : ''));
    const t = translatorFromGetMessage(getMessage);
    expect(t('known', ['a', 'b'])).toBe('已知');
    expect(getMessage).toHaveBeenCalledWith('known', ['a', 'b']);
    expect(t('unknown')).toBe('unknown');
  });
});

describe('htmlLangFor', () => {
  it('maps English UIs to en and everything else to the default Chinese', () => {
    expect(htmlLangFor('en-US')).toBe('en');
    expect(htmlLangFor('en')).toBe('en');
    expect(htmlLangFor('en_GB')).toBe('en');
    expect(htmlLangFor('zh-CN')).toBe('zh-CN');
    expect(htmlLangFor('zh-TW')).toBe('zh-CN');
    expect(htmlLangFor('fr')).toBe('zh-CN');
    expect(htmlLangFor('eo')).toBe('zh-CN');
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths';

/** The Chinese text of an i18n key, as the UI shows it (public/_locales/zh_CN/messages.json). */
export function zhMessage(key: string): string {
  const file = join(ROOT, 'public/_locales/zh_CN/messages.json');
  const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
  const entry = messages[key];
  if (!entry) throw new Error(`${key} is missing from ${file}`);
  return entry.message;
}

/** True when the text holds at least one CJK ideograph. */
export const hasChinese = (text: string): boolean => /[\u4e00-\u9fff]/.test(text);

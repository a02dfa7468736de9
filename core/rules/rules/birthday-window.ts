import { nearestBirthday } from '../../calendar/birthday';
import { addDays } from '../../model/validators/dates';
import { citeEn, citeZh } from '../finding';
import { cadreName, type Rule } from '../rule';

const id = 'birthday-window';

/**
 * 生日时间: a birthday visit falls within the configured days of the birthday, by the lunar
 * calendar for cadres who keep a lunar birthday.
 */
export const birthdayWindowRule: Rule = {
  id,
  title: { zh: '生日慰问时间', en: 'Birthday window' },
  check(ctx) {
    const { standard, facts, cadre } = ctx;
    const window = standard?.birthdayWindow;
    if (!window || facts.visitType !== '生日寿辰' || !facts.birthDate || !facts.date) return [];
    const lunar = cadre?.lunarBirthday === true;
    const birthday = nearestBirthday(facts.birthDate, facts.date, lunar);
    const from = addDays(birthday, -window.before);
    const to = addDays(birthday, window.after);
    if (from <= facts.date && facts.date <= to) return [];
    return [
      {
        ruleId: id,
        severity: 'warn',
        ref: window.ref,
        fields: ['visit.date'],
        message: `生日慰问日期 ${facts.date} 不在${cadreName(ctx)}${lunar ? '农历' : ''}生日（${birthday}）前 ${window.before} 天至后 ${window.after} 天内${citeZh(window.ref)}`,
        messageEn: `The birthday visit on ${facts.date} is outside ${window.before} days before to ${window.after} days after the ${lunar ? 'lunar ' : ''}birthday (${birthday})${citeEn(window.ref)}`,
      },
    ];
  },
};

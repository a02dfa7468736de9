import { FIELD_KEYS, type FieldKey } from '../../model/field-keys';
import { maskIdNumber, parseIdNumber } from '../../model/validators/id-number';
import { fieldText } from '../facts';
import type { Finding } from '../finding';
import { normalizeCategory, normalizeRank, sameName } from '../normalize';
import type { Rule } from '../rule';

const id = 'ledger-match';

function mismatch(key: FieldKey, onForm: string, inLedger: string): Finding {
  const label = FIELD_KEYS[key];
  return {
    ruleId: id,
    severity: 'block',
    fields: [key],
    message: `表单${label.zh}“${onForm}”与台账“${inLedger}”不一致`,
    messageEn: `${label.en} "${onForm}" on the form differs from the ledger's "${inLedger}"`,
  };
}

function unknownWord(key: FieldKey, onForm: string): Finding {
  const label = FIELD_KEYS[key];
  return {
    ruleId: id,
    severity: 'warn',
    fields: [key],
    message: `无法识别表单${label.zh}“${onForm}”，未能与台账核对`,
    messageEn: `${label.en} "${onForm}" on the form is not recognised and was not compared with the ledger`,
  };
}

/** 与台账一致: the name, ID number, category and rank on the form are the ledger's. */
export const ledgerMatchRule: Rule = {
  id,
  title: { zh: '与台账一致', en: 'Agrees with the ledger' },
  check({ form, cadre, today }) {
    if (!cadre) return [];
    const found: Finding[] = [];
    const name = fieldText(form, 'cadre.name');
    if (name !== undefined && !sameName(name, cadre.name)) found.push(mismatch('cadre.name', name, cadre.name));

    const idText = fieldText(form, 'cadre.idNumber');
    if (idText !== undefined && cadre.idNumber) {
      const onForm = parseIdNumber(idText, today);
      const inLedger = parseIdNumber(cadre.idNumber, today);
      // An invalid number on the form is the id-number rule's finding.
      if (onForm.ok && onForm.info.normalized !== (inLedger.ok ? inLedger.info.normalized : cadre.idNumber))
        found.push(mismatch('cadre.idNumber', maskIdNumber(onForm.info.normalized), maskIdNumber(cadre.idNumber)));
    }

    const category = fieldText(form, 'cadre.category');
    if (category !== undefined) {
      const c = normalizeCategory(category);
      if (c === undefined) found.push(unknownWord('cadre.category', category));
      else if (c !== cadre.category) found.push(mismatch('cadre.category', category, cadre.category));
    }

    const rank = fieldText(form, 'cadre.rank');
    if (rank !== undefined && cadre.rank) {
      const r = normalizeRank(rank);
      if (r === undefined) found.push(unknownWord('cadre.rank', rank));
      else if (r !== cadre.rank) found.push(mismatch('cadre.rank', rank, cadre.rankDetail ? `${cadre.rank}（${cadre.rankDetail}）` : cadre.rank));
    }
    return found;
  },
};

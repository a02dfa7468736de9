/**
 * What an OA page says after a submit: whether a text announces success, and the form number
 * (单据编号) it gives. Pure text rules; the frame feeds them the text the page shows.
 */

/** Words an OA shows when it has accepted a form. */
const SUCCESS = /(提交|保存|送审|发送|办理|申请)成功|已(提交|送审|发送)|单据编号|流水号|申请编号|审批单号|表单编号/;
/** Words of a refusal: a text that has them is not a success, whatever else it says. */
const FAILURE = /失败|错误|出错|异常|未填|必填|请填写|请选择|请勿|不能为空|不正确|有误|无效|不允许|未通过|重复提交/;
/** A label of the OA's number followed by the number itself (letters, digits, dashes). */
const FORM_NUMBER = /(?:单据编号|流水号|申请编号|审批单号|表单编号|单号|编号)\s*[:：]?\s*([A-Za-z0-9][A-Za-z0-9_\-/.]{2,59})/;

/** True when a text the page just showed announces that the OA accepted the form. */
export function isSuccessText(text: string): boolean {
  const t = text.replace(/\s+/g, ' ');
  return SUCCESS.test(t) && !FAILURE.test(t);
}

/** The form number a text gives after one of its labels (单据编号：WWSP-2026-0001), if any. */
export function formNumberIn(text: string): string | undefined {
  const m = FORM_NUMBER.exec(text.replace(/\s+/g, ' '));
  return m?.[1]?.replace(/[-/.]+$/, '');
}

/** Plain-words explanations of scan discrepancies, in both languages. */
import { ANSWER_OPTIONS } from './labels.ts'
import { getScanCheck } from './model.ts'
import type { CheckOutcome } from './scan-evidence.ts'
import type { Answer, ChecklistItem, LocalizedText } from './types.ts'

const NO_ANSWER: LocalizedText = { en: 'no answer', 'zh-HK': '未回答' }

function answerLabel(answer: Answer | null): LocalizedText {
  if (answer === null) return NO_ANSWER
  return ANSWER_OPTIONS.find((o) => o.value === answer)?.label ?? NO_ANSWER
}

/** Check names plus the rules that failed, e.g. "Valid HTTPS certificate (certificate-expired)". */
function findings(outcomes: readonly CheckOutcome[]): LocalizedText {
  const part = (o: CheckOutcome, locale: 'en' | 'zh-HK') => {
    const name = getScanCheck(o.checkId)?.name[locale] ?? o.checkId
    if (o.failedRuleIds.length === 0) return name
    const ids = o.failedRuleIds.join(', ')
    return locale === 'en' ? `${name} (${ids})` : `${name}（${ids}）`
  }
  return {
    en: outcomes.map((o) => part(o, 'en')).join('; '),
    'zh-HK': outcomes.map((o) => part(o, 'zh-HK')).join('；'),
  }
}

export function explainCriticalFail(
  item: ChecklistItem,
  owner: Answer | null,
  failed: readonly CheckOutcome[]
): LocalizedText {
  const a = answerLabel(owner)
  const f = findings(failed)
  return {
    en: `You answered "${a.en}" to "${item.title.en}", but the scan found a serious problem: ${f.en}. This item counts as "No" until it is fixed.`,
    'zh-HK': `你就「${item.title['zh-HK']}」回答了「${a['zh-HK']}」，但掃描發現嚴重問題：${f['zh-HK']}。修正之前，此項會當作「否」計算。`,
  }
}

export function explainScanFailed(
  item: ChecklistItem,
  failed: readonly CheckOutcome[]
): LocalizedText {
  const a = answerLabel('yes')
  const partly = answerLabel('partly')
  const f = findings(failed)
  return {
    en: `You answered "${a.en}" to "${item.title.en}", but the scan found: ${f.en}. This item counts as "${partly.en}" until it is fixed.`,
    'zh-HK': `你就「${item.title['zh-HK']}」回答了「${a['zh-HK']}」，但掃描發現：${f['zh-HK']}。修正之前，此項會當作「${partly['zh-HK']}」計算。`,
  }
}

export function explainSuggestYes(
  item: ChecklistItem,
  owner: Answer | null,
  passed: readonly CheckOutcome[]
): LocalizedText {
  const a = answerLabel(owner)
  const yes = answerLabel('yes')
  const f = findings(passed)
  return {
    en: `You answered "${a.en}" to "${item.title.en}", but every related scan check passed: ${f.en}. If this is true for all your sites, consider changing your answer to "${yes.en}"; we have not changed it for you.`,
    'zh-HK': `你就「${item.title['zh-HK']}」回答了「${a['zh-HK']}」，但所有相關的掃描檢查均已通過：${f['zh-HK']}。如你所有網站都是這樣，可考慮把答案改為「${yes['zh-HK']}」；系統不會自動替你更改。`,
  }
}

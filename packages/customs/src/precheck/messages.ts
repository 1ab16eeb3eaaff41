import en from './locales/en.json' with { type: 'json' };
import zhCN from './locales/zh-CN.json' with { type: 'json' };
import type { StatisticsFlag } from '../messages/declaration.ts';
import type { PrecheckIssue } from './issue.ts';

/** The pre-check's texts, for the client's i18next resources (namespace `translation`, keys under `customs`). */
export const CUSTOMS_MESSAGES = { 'zh-CN': zhCN, en } as const;
export type CustomsLanguage = keyof typeof CUSTOMS_MESSAGES;

export const issueKeys = (found: PrecheckIssue) => ({ problem: `customs.precheck.${found.code}.problem`, fix: `customs.precheck.${found.code}.fix` });

/** The title and explanation of a statistics flag, for the choice on the filing screen. */
export const statisticsFlagKeys = (flag: StatisticsFlag) => ({ title: `customs.statisticsFlag.${flag}.title`, explain: `customs.statisticsFlag.${flag}.explain` });

function find(language: CustomsLanguage, key: string): string | undefined {
  let node: unknown = CUSTOMS_MESSAGES[language];
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string' ? node : undefined;
}

function lookup(language: CustomsLanguage, key: string, context: unknown): string {
  const text = (typeof context === 'string' ? find(language, `${key}_${context}`) : undefined) ?? find(language, key);
  if (text === undefined) throw new Error(`No ${language} text for ${key}`);
  return text;
}

/** Fills a bundle text the way i18next does ({{name}}, `context` → `key_context` if present), for the CLI and tests; the client uses i18next itself. */
export function renderText(language: CustomsLanguage, key: string, params: Record<string, string | number> = {}): string {
  return lookup(language, key, params['context']).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? `{{${name}}}`));
}

/** Params naming a field or a party are labelled from `customs.field.*` / `customs.party.*` (the client does the same with t()). */
const LABELLED_PARAMS = ['field', 'party'] as const;

export function paramLabel(language: CustomsLanguage, param: (typeof LABELLED_PARAMS)[number], value: string): string {
  const labels = CUSTOMS_MESSAGES[language].customs[param] as Record<string, string>;
  return labels[value] ?? value;
}

export function renderIssue(found: PrecheckIssue, language: CustomsLanguage): { problem: string; fix: string } {
  const keys = issueKeys(found);
  const params = { ...found.params };
  for (const param of LABELLED_PARAMS) {
    const value = params[param];
    if (typeof value === 'string') params[param] = paramLabel(language, param, value);
  }
  return { problem: renderText(language, keys.problem, params), fix: renderText(language, keys.fix, params) };
}

import type { DeclarationMode } from '@tradewind/domain';
import { useTranslation } from 'react-i18next';
import { useClusterName } from '../../screens/clusters.ts';

/** The dimensions the dashboard breaks exports down by (the platform has more; these are the ones with names for every key). */
export const CHART_DIMENSIONS = ['cluster', 'mode', 'market'] as const;
export type ChartDimension = (typeof CHART_DIMENSIONS)[number];

/** A breakdown key in the user's language: a cluster's name, a customs mode, a country's name. */
export function useFigureLabel(): (dimension: ChartDimension, key: string) => string {
  const { t, i18n } = useTranslation();
  const clusterName = useClusterName();
  const countries = new Intl.DisplayNames([i18n.language], { type: 'region', fallback: 'code' });
  return (dimension, key) => {
    if (dimension === 'cluster') return clusterName(key);
    if (dimension === 'mode') return t(`park.modes.${key as DeclarationMode}`, { defaultValue: key });
    return /^[A-Z]{2}$/.test(key) ? (countries.of(key) ?? key) : key;
  };
}

/** Integer minor units of a currency as the user's locale writes money. */
export function useMoney(): (minor: number | null, currency: string) => string {
  const { t, i18n } = useTranslation();
  return (minor, currency) => {
    if (minor === null) return t('park.dashboard.none');
    const format = new Intl.NumberFormat(i18n.language, { style: 'currency', currency });
    const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
    return format.format(minor / 10 ** digits);
  };
}

import { useTranslation } from 'react-i18next';

/** The park's industrial clusters a merchant registers in (their names under `register.clusters`). */
export const CLUSTERS = ['shaoxing-textiles', 'yangjiang-knives', 'wenzhou-shoes', 'wenzhou-eyewear'] as const;

/** A cluster's name in the user's language (a cluster the app does not know yet shows as the platform names it). */
export function useClusterName(): (cluster: string) => string {
  const { t } = useTranslation();
  return (cluster) => t(`register.clusters.${cluster}`, { defaultValue: cluster });
}

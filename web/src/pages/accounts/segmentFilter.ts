// The account list's filters as a segment's filter (the same query names, AccountFilter): what
// "save as segment" sends. The sort, the page and the segment itself are not filters; a
// segment applied as well lends its own filters, the list's winning where both set one.
import type { AccountFilter, AccountQuery } from '../../api';
import type { Translate } from '../../lib/errorText';
import { formatMoney } from '../../lib/format';

export function segmentFilterOf(query: AccountQuery, applied?: AccountFilter): AccountFilter {
  const own: AccountFilter = {};
  if (query.q) own.q = query.q;
  if (query.owner_id) own.owner_id = query.owner_id;
  if (query.journey_stage) own.journey_stage = [query.journey_stage];
  if (query.tier) own.tier = query.tier;
  if (query.health_band) own.health_band = query.health_band;
  if (query.industry) own.industry = query.industry;
  if (query.country) own.country = query.country;
  if (query.renewal_within_days) own.renewal_within_days = query.renewal_within_days;
  if (query.arr_reporting_min != null) own.arr_reporting_min = query.arr_reporting_min;
  if (query.arr_reporting_max != null) own.arr_reporting_max = query.arr_reporting_max;
  return { ...(applied ?? {}), ...own };
}

/** A filter in words, one item a filter ("Touch model: High touch"), for the save dialog. */
export function segmentFilterWords(
  filter: AccountFilter,
  {
    t,
    lang,
    currency,
    ownerName,
  }: {
    t: Translate;
    lang: string;
    currency: string | undefined;
    ownerName: (id: number) => string | null;
  },
): string[] {
  const words: string[] = [];
  const item = (label: string, value: string) => words.push(`${label}: ${value}`);
  const money = (minor: number) => (currency ? formatMoney(minor, currency, lang) : String(minor));
  if (filter.q) item(t('accounts.search'), filter.q);
  if (filter.owner_id)
    item(t('accounts.filter.owner'), ownerName(filter.owner_id) ?? `#${filter.owner_id}`);
  if (filter.journey_stage?.length)
    item(t('accounts.filter.stage'), filter.journey_stage.join(', '));
  if (filter.tier) item(t('accounts.filter.tier'), t(`enum.tier.${filter.tier}`));
  if (filter.health_band)
    item(t('accounts.filter.band'), t(`enum.healthBand.${filter.health_band}`));
  if (filter.industry) item(t('segments.industry'), filter.industry);
  if (filter.country) item(t('segments.country'), filter.country);
  if (filter.renewal_within_days)
    words.push(t('accounts.filter.renewalWithin', { days: filter.renewal_within_days }));
  if (filter.arr_reporting_min != null) item(t('segments.arrMin'), money(filter.arr_reporting_min));
  if (filter.arr_reporting_max != null) item(t('segments.arrMax'), money(filter.arr_reporting_max));
  return words;
}

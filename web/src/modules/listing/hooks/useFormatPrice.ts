import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDong } from '../../../platform/format';

export interface PriceFields {
  priceNegotiable: boolean;
  priceMin?: number | null;
  priceMax?: number | null;
}

/** "Thỏa thuận", "150.000.000 ₫", or a range "100.000.000 ₫ – 500.000.000 ₫". */
export function useFormatPrice() {
  const { t } = useTranslation();
  const dong = useFormatDong();
  return useCallback(
    ({ priceNegotiable, priceMin, priceMax }: PriceFields) => {
      if (priceNegotiable || (priceMin == null && priceMax == null)) return t('listing.price.negotiable');
      if (priceMin != null && priceMax != null && priceMax !== priceMin) {
        return t('listing.price.range', { min: dong(priceMin), max: dong(priceMax) });
      }
      if (priceMin != null) return dong(priceMin);
      return t('listing.price.upTo', { max: dong(priceMax!) });
    },
    [t, dong],
  );
}

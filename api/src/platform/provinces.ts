import data from './data/provinces-2025.json' with { type: 'json' };

/** A provincial-level unit as kept in `data/provinces-2025.json` (data, not code). */
export interface ProvinceRecord {
  code: string;
  vi: string;
  en: string;
  isCity: boolean;
}

export const PROVINCES: ProvinceRecord[] = [
  ...data.cities.map((p) => ({ ...p, isCity: true })),
  ...data.provinces.map((p) => ({ ...p, isCity: false })),
];

const byCode = new Map(PROVINCES.map((p) => [p.code, p]));

export function findProvince(code: string): ProvinceRecord | undefined {
  return byCode.get(code);
}

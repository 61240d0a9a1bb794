import { useEffect, useState } from 'react';

/**
 * A query's data, kept on screen while a longer page of the same list loads ("Xem thêm" asks for more
 * rows), but not while a different list (`key`: another tab or filter) loads, so that nothing from the
 * wrong list flashes up.
 */
export function useKeptData<T>(data: T | undefined, key: string): T | undefined {
  const [kept, setKept] = useState<{ key: string; data: T } | null>(null);
  useEffect(() => {
    if (data) setKept({ key, data });
  }, [data, key]);
  return data ?? (kept?.key === key ? kept.data : undefined);
}

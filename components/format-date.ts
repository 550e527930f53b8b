/** "8 Aug 2025, 22:25" for an ISO date as the page states it (no conversion: it may state no zone). */
export function formatClaimIso(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?/.exec(iso);
  if (!m) return iso;
  const month = m[2] ? new Date(Date.UTC(2000, Number(m[2]) - 1, 1)).toLocaleString('en', { month: 'short', timeZone: 'UTC' }) : '';
  const day = m[3] ? String(Number(m[3])) : '';
  const date = [day, month, m[1]].filter(Boolean).join(' ');
  const zone = m[6] ? (m[6] === 'Z' ? ' UTC' : ` UTC${m[6]}`) : '';
  return m[4] ? `${date}, ${m[4]}:${m[5]}${zone}` : date;
}

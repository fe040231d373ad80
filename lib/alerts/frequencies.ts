// How often a job alert is mailed; apart from lib/alerts/schemas.ts so the catalogue's first JavaScript
// (the alert form's markup) carries no zod (decision 008).
export const ALERT_FREQUENCIES = ['instant', 'daily', 'weekly'] as const;
export type AlertFrequency = (typeof ALERT_FREQUENCIES)[number];

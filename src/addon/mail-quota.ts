// What the account may still send today, and in a whole day. MailApp tells only the first
// (getRemainingDailyQuota); the whole day's is the quotas page's figure for the kind of account,
// told apart by the most this user has ever had left: the quota is the user's, and so is the
// store that keeps that figure (the user's properties).
import { dailyRecipients } from '../core/mail-plan';

const SEEN = 'tienDo.mailQuotaSeen';

export interface MailQuota {
  /** Recipients left today. */
  remaining: number;
  /** Recipients of a whole day. */
  daily: number;
}

export function mailQuota(): MailQuota {
  const remaining = MailApp.getRemainingDailyQuota();
  const store = PropertiesService.getUserProperties();
  const seen = Number(store.getProperty(SEEN)) || 0;
  if (remaining > seen) store.setProperty(SEEN, String(remaining));
  return { remaining, daily: dailyRecipients(Math.max(seen, remaining)) };
}

// Apps Script entry points, and nothing else: build.mjs gives each export a top-level function.
export {
  createTemplateSheets,
  exportPdf,
  onInstall,
  onOpen,
  previewEmails,
  sendEmailsNow,
  setUpUnitTabs,
  showCampaignInfo,
  summarizeProgress,
  summarizeUpTo,
  turnOffDailySchedule,
  turnOnDailySchedule,
  validateEntries,
} from './addon/menu';
export { continueDailyJob, continueSetUp, dailyJob } from './addon/daily-job';
export { onEntryEdit } from './addon/entry-stamp';
export { runCommand_ } from './addon/commands';

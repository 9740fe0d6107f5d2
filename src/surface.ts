// The bundle's public surface, typed once from the entry file itself: what the command line and
// the tests call on the loaded dist/Code.js. Types only; nothing here enters the bundle.
import type * as entry from './index';

export type AddonSurface = typeof entry;
export type { CommandName, CommandOptions } from './addon/commands';
export type { CommandResult, SummarizedResult } from './core/result';

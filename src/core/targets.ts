// Targets as the plans write them: a whole number ("10152"), or a share of the unit's
// population for the indicator ("100%", "≥ 50%", "> 50%", "trên 50%"), either of them possibly
// only encouraged ("Khuyến khích 100%"): shown, never setting a status.
import { normalizeLabel } from './text';
import type { CellValue } from './values';
import { isBlank, readNumber } from './values';
import { TARGET_WORDS } from './vocabulary';

export type Target =
  | { kind: 'count'; count: number; soft: boolean }
  | {
      kind: 'share';
      /** The share as a fraction num / den (exact: 50% = 50 / 100), so 0.29 × 100 is 29. */
      num: number;
      den: number;
      /** "> 50%": strictly more than the share. */
      strict: boolean;
      soft: boolean;
    };

/** A share as exact integers: "12,5" percent → 125 / 1000. */
function percentFraction(text: string): { num: number; den: number } | null {
  const n = readNumber(text);
  if (!n.ok || n.value <= 0) return null;
  const decimals = /[.,](\d+)$/.exec(text)?.[1]?.length ?? 0;
  if (decimals > 4) return null;
  const scale = 10 ** decimals;
  return { num: Math.round(n.value * scale), den: 100 * scale };
}

/**
 * Reads a target cell. `shown` is the cell as Sheets displays it, which tells a number typed as
 * "100%" (stored as 1 with a percent format) from the whole number 1. Null when it is neither a
 * whole number > 0 nor a share > 0%.
 */
export function readTarget(value: CellValue | undefined, shown?: string): Target | null {
  if (isBlank(value)) return null;
  if (typeof value === 'number') {
    if (shown !== undefined && shown.trim().endsWith('%')) {
      // 0.5 shown as "50%": the share, to 4 decimals of a percent.
      const num = Math.round(value * 1e6);
      return num > 0 ? { kind: 'share', num, den: 1e6, strict: false, soft: false } : null;
    }
    return Number.isInteger(value) && value >= 1
      ? { kind: 'count', count: value, soft: false }
      : null;
  }
  if (typeof value !== 'string') return null;
  let text = value.normalize('NFKC').trim();
  let soft = false;
  const softWord = normalizeLabel(TARGET_WORDS.encouraged);
  if (normalizeLabel(text).startsWith(softWord)) {
    soft = true;
    text = text.slice(text.length - (normalizeLabel(text).length - softWord.length)).trim();
  }
  let strict = false;
  const comparison = /^(>=|≥|>|trên|tren)\s*/i.exec(text);
  if (comparison) {
    strict = comparison[1] === '>' || /^tr[eê]n$/i.test(comparison[1]);
    text = text.slice(comparison[0].length);
  }
  if (text.endsWith('%')) {
    const fraction = percentFraction(text.slice(0, -1).trim());
    return fraction ? { kind: 'share', ...fraction, strict, soft } : null;
  }
  if (comparison) return null;
  const n = readNumber(text);
  return n.ok && Number.isInteger(n.value) && n.value >= 1
    ? { kind: 'count', count: n.value, soft }
    : null;
}

/**
 * The whole number a target asks for: the count, or of a population at least ceil(share ×
 * population), strictly more floor(share × population) + 1; null for a share without a
 * population.
 */
export function targetCount(target: Target, population: number | null): number | null {
  if (target.kind === 'count') return target.count;
  if (population === null) return null;
  const scaled = target.num * population; // exact: both are whole and the product < 2^53
  return target.strict ? Math.floor(scaled / target.den) + 1 : Math.ceil(scaled / target.den);
}

/** The share as result.json gives it (0.5 for 50%), or null for a count. */
export function targetShare(target: Target): number | null {
  return target.kind === 'share' ? target.num / target.den : null;
}

/**
 * A target as the plan wrote it: "≥ 50%" is written "50%", "> 50%", "Khuyến khích 100%"; a
 * count is `count` (the word for a whole number, the figure being in its own column).
 */
export function targetLabel(
  t: { share: number | null; strict: boolean; soft: boolean },
  count: string,
): string {
  const soft = t.soft ? `${TARGET_WORDS.encouraged} ` : '';
  if (t.share === null) return `${soft}${count}`;
  const percent = String(Math.round(t.share * 100 * 1e4) / 1e4).replace('.', ',');
  return `${soft}${t.strict ? '> ' : ''}${percent}%`;
}

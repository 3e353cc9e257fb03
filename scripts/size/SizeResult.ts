import type { MeasuredSize } from './measureSize';
import type { SizeBudget } from './sizeBudgets';

/** A budget with what was measured against it. */
export interface SizeResult {
  budget: SizeBudget;
  size: MeasuredSize;
  withinBudget: boolean;
}

/** Pairs a measurement with its budget. */
export function toSizeResult(budget: SizeBudget, size: MeasuredSize): SizeResult {
  return { budget, size, withinBudget: size.gzipBytes <= budget.maxGzipBytes };
}

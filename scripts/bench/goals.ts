import { formatTextTable } from './formatTextTable';

/** One figure the issue sets (issue 15), checked by `npm run bench`. */
export interface Goal {
  name: string;
  /** What was measured, in `unit`. */
  value: number;
  unit: 'ms' | 'x';
  /** The figure must be at most this (`max`) or at least this (`min`). */
  bound: { max: number } | { min: number };
}

export function goalMet(goal: Goal): boolean {
  return 'max' in goal.bound ? goal.value <= goal.bound.max : goal.value >= goal.bound.min;
}

const figure = (value: number, unit: Goal['unit']): string => (unit === 'x' ? `${value.toFixed(2)}x` : `${value.toFixed(2)} ms`);

/** The goals as a table: figure, bound, ok / MISSED. */
export function formatGoals(goals: readonly Goal[]): string[] {
  return formatTextTable(
    ['goal', 'measured', 'bound', 'status'],
    goals.map((goal) => [
      goal.name,
      figure(goal.value, goal.unit),
      'max' in goal.bound ? `≤ ${figure(goal.bound.max, goal.unit)}` : `≥ ${figure(goal.bound.min, goal.unit)}`,
      goalMet(goal) ? 'ok' : 'MISSED',
    ]),
  );
}

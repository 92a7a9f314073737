/**
 * Guards shared by the methods. They throw RangeError naming the argument and the offending value; the CLI
 * checks its rows before calling in, so these fire only on programming errors in other pipeline stages.
 */
export function assertCount(count: number, name = "count"): void {
  if (!(count >= 0) || !Number.isFinite(count))
    throw new RangeError(`${name} must be a finite number ≥ 0, got ${count}`);
}

export function assertPositive(value: number, name: string): void {
  if (!(value > 0) || !Number.isFinite(value))
    throw new RangeError(`${name} must be a finite number > 0, got ${value}`);
}

export function assertMultiplier(multiplier: number): void {
  assertPositive(multiplier, "multiplier");
}

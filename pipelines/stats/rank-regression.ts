/**
 * The SII's regression (PHEindicatormethods phe_sii): each quantile, in order, sits at the mid-point bᵢ of its
 * share of the cumulative population and is weighted by its share aᵢ; value = intercept + slope·b is fitted by
 * weighted least squares. The fit is linear in the values, so its weights are worked out once and each of the
 * simulation's 100,000 refits is two dot products.
 */
export interface Line {
  readonly slope: number;
  readonly intercept: number;
}

/** The weighted least-squares fit's weights: slope = Σ slopeWeights[i]·yᵢ, intercept = Σ interceptWeights[i]·yᵢ. */
export interface RankRegressionWeights {
  readonly slopeWeights: Float64Array;
  readonly interceptWeights: Float64Array;
}

export function rankRegressionWeights(populations: readonly number[]): RankRegressionWeights {
  const total = populations.reduce((sum, population) => sum + population, 0);
  const shares = populations.map((population) => population / total);
  let cumulative = 0;
  const midpoints = shares.map((share) => {
    const midpoint = cumulative + share / 2;
    cumulative += share;
    return midpoint;
  });
  const meanMidpoint = shares.reduce((sum, share, i) => sum + share * (midpoints[i] as number), 0);
  const spread = shares.reduce(
    (sum, share, i) => sum + share * ((midpoints[i] as number) - meanMidpoint) ** 2,
    0,
  );
  const slopeWeights = shares.map((share, i) => (share * ((midpoints[i] as number) - meanMidpoint)) / spread);
  const interceptWeights = shares.map((share, i) => share - (slopeWeights[i] as number) * meanMidpoint);
  return {
    slopeWeights: Float64Array.from(slopeWeights),
    interceptWeights: Float64Array.from(interceptWeights),
  };
}

/** The weighted least-squares fit as linear maps of the values: slope = Σ cᵢyᵢ, intercept = Σ dᵢyᵢ. */
export function regressionOnRank(
  populations: readonly number[] | RankRegressionWeights,
): (values: ArrayLike<number>) => Line {
  const { slopeWeights, interceptWeights } =
    "slopeWeights" in populations ? populations : rankRegressionWeights(populations);
  return (values) => {
    let slope = 0;
    let intercept = 0;
    for (let i = 0; i < values.length; i++) {
      slope += (slopeWeights[i] as number) * (values[i] as number);
      intercept += (interceptWeights[i] as number) * (values[i] as number);
    }
    return { slope, intercept };
  };
}

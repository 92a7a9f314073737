/** The text of `npm run stats -- --help`; pipelines/stats/README.md repeats it. */
export const HELP = `Usage: npm run stats -- <method> --input in.csv --output out.csv [options]

Computes statistics with OHID's methods (Fingertips, PHEindicatormethods) from a CSV and writes a CSV.
Limit columns are named by level: lower95, upper95, lower998, upper998 (--conf 0.9 gives lower90, upper90).
Where a figure cannot be given its cell is empty and the note column says why.

Methods and the columns they read:
  proportion  count, denominator                 Wilson score limits; value = count/denominator × multiplier
                                                 (default 1; use --multiplier 100 for percentages)
  rate        count, denominator                 crude rate per multiplier (default 100000); exact Poisson
                                                 limits below 10 events, Byar's from 10
  dsr         count, population, and age_band    directly standardised rate per multiplier (default 100000),
              (ESP2013 bands 0-4 … 85-89, 90+)   Dobson limits; not given below 10 events in total
              or standard_population
  isr         count, population, reference_count, reference_population (one row per age band)
                                                 indirectly standardised ratio × multiplier (default 1), or with
                                                 --rate the indirectly standardised rate per multiplier (100000)
  mean        value                              mean with Student's t limits
  sii         quantile, population, value, and se or lower95, upper95
                                                 slope and relative index of inequality; limits simulated
  funnel      proportion: count, denominator; ratio: count, expected;
              rate: count, denominator (crude) or count, value (--rate-type dsr)
                                                 each row's place on a 95%/99.8% funnel around the group average

Output:
  proportion, rate   without --group-by: every input column, then value, limits, note;
                     with --group-by: the group columns, summed count and denominator, value, limits, note
  dsr                group columns, count, population, value, limits, note
  isr                group columns, observed, expected, [reference_rate,] value, limits, note
  mean               group columns, count, sd, value, limits, note
  sii                group columns, sii, sii_lower95, sii_upper95, …, rii, rii_lower95, rii_upper95, …, note
  funnel             every input column, then funnel_average and funnel_significance
                     (High (0.001), High (0.025), Low (0.025), Low (0.001), Not significant);
                     with --lines: group columns, at, baseline, lower95_x, lower95, upper95_x, upper95,
                     lower998_x, lower998, upper998_x, upper998 (x: population, or expected events, or
                     population per year for rates)

Options:
  --conf LEVELS        confidence levels, default 0.95,0.998 (95,99.8 also accepted); not for funnel
  --multiplier N       scale of the value (see each method); sii takes a negative one to reverse polarity
  --group-by COLS      comma-separated columns; dsr, isr, mean and sii take the whole file as one group
                       without it; for funnel each group is a separate funnel
  --rate               isr: give the indirectly standardised rate instead of the ratio
  --value-type TYPE    sii: normal (default), rate (log scale) or proportion (0–1, logit scale)
  --transform          sii: fit on the log/logit scale (PHEindicatormethods transform = TRUE)
  --repetitions N      sii: simulations for the limits, default 100000 (at least 1000)
  --seed N             sii: random seed, default 20240601, so results repeat exactly
  --statistic S        funnel: proportion, ratio or rate (required)
  --rate-type T        funnel rates: crude (default) or dsr
  --ratio-type T       funnel --lines for ratios: count (ratio − 1, default) or isr (ratio × 100)
  --years N            funnel --lines for rates: years of data, default 1
  --lines              funnel: write the funnel lines (100 rows per group) instead of each row's place
  --help               this text

Bad input stops with one line naming the file, line (the header is line 1), column, what was expected and
how to fix it, and exit code 1. The output is written to a temporary file and renamed into place, so a
failed run never leaves a partial file.
`;

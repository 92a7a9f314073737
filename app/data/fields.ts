import { z } from "zod";

/**
 * Field schemas shared by route parameters and query parameters, so an address a page accepts is exactly
 * what its queries accept.
 */
export const practiceCodeField = z.string().regex(/^[A-Z0-9]{3,10}$/);
/** PCN and ICB codes: ODS/ONS codes, or codes the pipeline made from a name (e.g. `E-LANCS`). */
export const areaCodeField = z.string().regex(/^[A-Za-z0-9-]{2,20}$/);
export const polarityField = z.enum(["higher_is_worse", "higher_is_better", "none"]).catch("none");
export const themeField = z.string().regex(/^[a-z_]{1,60}$/);

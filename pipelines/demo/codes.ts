/**
 * Codes in the official shapes, in ranges chosen so they cannot be mistaken for real areas:
 *
 * - LSOA `E019nnnnn`: real 2011 LSOAs run E01000001–E01033768 and 2021 LSOAs stay below E01036000.
 *   The same codes serve as 2011 and 2021 LSOAs (IMD, boundaries and registrations read them as 2011,
 *   Census 2021 tables as 2021): the fictional world had no boundary change.
 * - Local authority district `E07000nnn` from 900 (real E07 codes stop below E07000250).
 * - ICB `E54000nnn` from 900 and ICB ODS codes `Q9x`/`Q8x` (real ones run E54000008–E54000064 and have
 *   no digit 8 or 9 in second place).
 * - Sub-ICB location `E38000nnn` from 900 and ODS codes `94x`, `95x`, `96x`, `98x` (real ones stop at E38000260; no
 *   real CCG or sub-ICB code starts with those digits).
 * - Practice: a region letter then `7` and four digits (`P70123`); real codes carry 8 or 9 in second place
 *   (`P81001`) or start `Y0`.
 * - PCN: `U` and five digits; real PCN codes use the same space sparsely, so a collision is possible in
 *   principle but harmless: nothing joins demo codes to real data.
 * - Postcodes start with Q, which no real UK postcode area does.
 */
export function lsoaCode(index: number): string {
  return `E019${String(index + 1).padStart(5, "0")}`;
}

export function ladCode(index: number): string {
  return `E07000${String(900 + index).padStart(3, "0")}`;
}

export function icbOnsCode(index: number): string {
  return `E54000${String(900 + index).padStart(3, "0")}`;
}

const odsLetters = "ABCDEFGHJKLMNPRSTUVWXYZ";

export function icbOdsCode(index: number): string {
  const prefix = index < odsLetters.length ? "Q9" : "Q8";
  return `${prefix}${odsLetters[index % odsLetters.length]}`;
}

export function subIcbOnsCode(index: number): string {
  return `E38000${String(900 + index).padStart(3, "0")}`;
}

const subIcbSeries = ["94", "95", "96", "98"];

export function subIcbOdsCode(index: number): string {
  const series = subIcbSeries[Math.floor(index / odsLetters.length)];
  if (!series) throw new RangeError(`Too many sub-ICB locations for the fictional code range: ${index + 1}`);
  return `${series}${odsLetters[index % odsLetters.length]}`;
}

const practiceLetters = "ABCDEFGHJKLMNP";

export function practiceLetter(icbIndex: number): string {
  return practiceLetters[icbIndex % practiceLetters.length] ?? "P";
}

export function practiceCode(letter: string, serial: number): string {
  if (serial > 9999) throw new RangeError(`Practice serial ${serial} does not fit the ${letter}7nnnn range`);
  return `${letter}7${String(serial).padStart(4, "0")}`;
}

export function pcnCode(serial: number): string {
  return `U${String(serial).padStart(5, "0")}`;
}

const postcodeAreaLetters = "ABDEFGHJKLMNPRSTUWY";
const inwardLetters = "ABDEFGHJLNPQRSTUWXYZ";

/** `QA12 3BD`-shaped: one area per local authority district, then a district number, sector and unit. */
export function postcode(ladIndex: number, district: number, sector: number, unit: number): string {
  const area = `Q${postcodeAreaLetters[ladIndex % postcodeAreaLetters.length]}`;
  const first = inwardLetters[unit % inwardLetters.length];
  const second = inwardLetters[Math.floor(unit / inwardLetters.length) % inwardLetters.length];
  return `${area}${district} ${sector}${first}${second}`;
}

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** 3^(i−1) mod 31 for positions 1–17 (GB 32100-2015). */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character (position 18) of a Unified Social Credit Code's first 17 characters. */
export function usccCheckCharacter(first17: string): string {
  const sum = [...first17].reduce((total, char, i) => total + ALPHABET.indexOf(char) * WEIGHTS[i]!, 0);
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** 统一社会信用代码: 18 characters from the code alphabet, digits in positions 3–8, valid check character. */
export function isValidUscc(code: string): boolean {
  const value = code.trim().toUpperCase();
  if (value.length !== 18 || [...value].some((char) => !ALPHABET.includes(char)) || !/^\d{6}$/.test(value.slice(2, 8))) return false;
  return usccCheckCharacter(value.slice(0, 17)) === value[17];
}

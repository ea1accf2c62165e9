const VOWELS = new Set("aeiouy");
const MAX_LENGTH = 40;
const VOWEL_SUB = 0.6;
const SWAP = 0.5;
// One reusable table: the cost is computed against tens of thousands of words per misspelling.
const table = new Float64Array((MAX_LENGTH + 1) * (MAX_LENGTH + 1));

/**
 * How far a misspelling is from a word, as the typing and spelling slips people make: swapped
 * neighbours, a doubled or undoubled letter and a wrong vowel cost less than any other edit.
 * Optimal string alignment distance with those weights; Infinity past `limit`.
 */
export function editCost(typed: string, word: string, limit = 2): number {
  const n = typed.length;
  const m = word.length;
  if (Math.abs(n - m) > limit || n > MAX_LENGTH || m > MAX_LENGTH) return Infinity;
  const width = m + 1;
  table[0] = 0;
  for (let j = 1; j <= m; j++) table[j] = table[j - 1] + indelCost(word, j - 1);
  for (let i = 1; i <= n; i++) {
    const row = i * width;
    const above = row - width;
    table[row] = table[above] + indelCost(typed, i - 1);
    let best = table[row];
    const a = typed[i - 1];
    for (let j = 1; j <= m; j++) {
      const b = word[j - 1];
      let cost = Math.min(
        table[above + j] + indelCost(typed, i - 1),
        table[row + j - 1] + indelCost(word, j - 1),
        table[above + j - 1] + substitutionCost(a, b),
      );
      if (i > 1 && j > 1 && a === word[j - 2] && typed[i - 2] === b) cost = Math.min(cost, table[above - width + j - 2] + SWAP);
      table[row + j] = cost;
      if (cost < best) best = cost;
    }
    if (best > limit) return Infinity;
  }
  const total = table[n * width + m];
  return total <= limit ? total : Infinity;
}

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  if (VOWELS.has(a) && VOWELS.has(b)) return VOWEL_SUB;
  return SOUND_ALIKE.has(a + b) ? SOUND_SUB : 1;
}

// Letters that sound alike ("neccesary", "advize") are confused more than others.
const SOUND_ALIKE = new Set(["cs", "sc", "ck", "kc", "sz", "zs", "gj", "jg", "td", "dt", "mn", "nm"]);
const SOUND_SUB = 0.8;

/** Adding or dropping a letter that doubles its neighbour ("acomodate", "untill") is the commonest slip. */
function indelCost(text: string, index: number): number {
  const letter = text[index];
  if (letter === text[index - 1] || letter === text[index + 1]) return DOUBLE;
  return VOWELS.has(letter) ? VOWEL_INDEL : 1;
}
const DOUBLE = 0.4;
const VOWEL_INDEL = 0.7;

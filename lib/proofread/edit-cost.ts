const VOWELS = new Set("aeiouy");
const MAX_LENGTH = 40;
const VOWEL_SUB = 0.6;
const SWAP = 0.5;
/** A dropped apostrophe ("wasnt", "todays") is the commonest slip in contractions and possessives. */
const APOSTROPHE = 0.3;
/**
 * People rarely get the first letter of a word wrong (Pollock and Zamora found it in about 7 % of
 * misspellings): a fix that adds, drops or changes it ("aledge" → "ledge", "blaim" → "claim") is
 * less likely. A vowel for a vowel is the exception ("apon", "enduce"): unstressed, it is often wrong.
 */
const FIRST_LETTER = 0.5;
/** Mistakes cluster mid-word, so the last letter is rarely wrong either ("usefuly" is "usefully", not "useful"). */
const LAST_LETTER = 0.3;
/** A letter typed for its neighbour on the keyboard ("holf" for "hold") is a common typing slip. */
const NEIGHBOUR_KEY = 0.8;
/** "f" written for "ph" ("pamflet") and back: one sound, two spellings. */
const PH = 0.6;
// One reusable table: the cost is computed against tens of thousands of words per misspelling.
const table = new Float64Array((MAX_LENGTH + 1) * (MAX_LENGTH + 1));

/**
 * How far a misspelling is from a word, as the typing and spelling slips people make: swapped
 * neighbours, a doubled or undoubled letter, a wrong vowel, a dropped apostrophe, a neighbouring
 * key and sound-alike spellings cost less than any other edit; changing the first or last letter
 * costs more. Optimal string alignment distance with those weights; Infinity past `limit`.
 */
export function editCost(typed: string, word: string, limit = 2): number {
  const n = typed.length;
  const m = word.length;
  if (Math.abs(n - m) > limit || n > MAX_LENGTH || m > MAX_LENGTH) return Infinity;
  const width = m + 1;
  table[0] = 0;
  // Row 0: the word's letters added before the first typed one; column 0: typed letters dropped before the word's first.
  for (let j = 1; j <= m; j++) table[j] = table[j - 1] + indelCost(word, j - 1) + (j === 1 ? FIRST_LETTER : 0) + (n === 0 && j === m ? LAST_LETTER : 0);
  for (let i = 1; i <= n; i++) {
    const row = i * width;
    const above = row - width;
    const last = i === n;
    table[row] = table[above] + indelCost(typed, i - 1) + (i === 1 ? FIRST_LETTER : 0) + (last && m === 0 ? LAST_LETTER : 0);
    let best = table[row];
    const a = typed[i - 1];
    for (let j = 1; j <= m; j++) {
      const b = word[j - 1];
      const end = last && j === m;
      let cost = Math.min(
        table[above + j] + indelCost(typed, i - 1) + (end ? LAST_LETTER : 0),
        table[row + j - 1] + indelCost(word, j - 1) + (end ? LAST_LETTER : 0),
        table[above + j - 1] + (a === b ? 0 : substitutionCost(a, b) + (i === 1 && j === 1 && !(VOWELS.has(a) && VOWELS.has(b)) ? FIRST_LETTER : 0) + (end ? LAST_LETTER : 0)),
      );
      // Swapped neighbours, the first two letters included ("ot", "si"): a typing slip, not a spelling one.
      if (i > 1 && j > 1 && a === word[j - 2] && typed[i - 2] === b) cost = Math.min(cost, table[above - width + j - 2] + SWAP);
      // "f" for "ph", and "ph" for "f".
      if (a === "f" && b === "h" && j > 1 && word[j - 2] === "p") cost = Math.min(cost, table[above + j - 2] + PH);
      if (b === "f" && a === "h" && i > 1 && typed[i - 2] === "p") cost = Math.min(cost, table[above - width + j - 1] + PH);
      table[row + j] = cost;
      if (cost < best) best = cost;
    }
    if (best > limit) return Infinity;
  }
  const total = table[n * width + m];
  return total <= limit ? total : Infinity;
}

function substitutionCost(a: string, b: string): number {
  if (VOWELS.has(a) && VOWELS.has(b)) return VOWEL_SUB;
  if (SOUND_ALIKE.has(a + b)) return SOUND_SUB;
  return NEIGHBOURS.has(a + b) ? NEIGHBOUR_KEY : 1;
}

// Letters that sound alike ("neccesary", "advize") are confused more than others.
const SOUND_ALIKE = new Set(["cs", "sc", "ck", "kc", "sz", "zs", "gj", "jg", "td", "dt", "mn", "nm"]);
const SOUND_SUB = 0.8;

// Letters side by side on a QWERTY keyboard, both ways round.
const NEIGHBOURS = new Set(
  ["qwertyuiop", "asdfghjkl", "zxcvbnm"].flatMap((row) => [...row.slice(1)].flatMap((letter, i) => [row[i] + letter, letter + row[i]])),
);

/** Adding or dropping a letter that doubles its neighbour ("acomodate", "untill") is the commonest slip. */
function indelCost(text: string, index: number): number {
  const letter = text[index];
  if (letter === "'") return APOSTROPHE;
  if (letter === text[index - 1] || letter === text[index + 1]) return DOUBLE;
  return VOWELS.has(letter) ? VOWEL_INDEL : 1;
}
const DOUBLE = 0.4;
const VOWEL_INDEL = 0.7;

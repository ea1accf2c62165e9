// Titles and the usual English short forms of given names, for checking that a letter names its
// recipient as the brief does.

/** Words that say how someone is addressed, not who they are: "Dear Mr. Smith" does not name Mr. Okoye. */
export const HONORIFICS = new Set(
  "mr mrs ms miss mx dr prof professor rev reverend sir dame lady lord fr father sister brother aunt auntie aunty uncle nan nana gran granny grandma grandpa grandad grandmother grandfather coach captain pastor rabbi imam".split(" "),
);

/** Whether a word of a name is a title ("Mr.", "Dr", "Auntie"). */
export function isHonorific(word: string): boolean {
  return HONORIFICS.has(word.toLowerCase().replace(/\.$/, ""));
}

// Given name → the short forms people use for it.
const SHORT_FORMS: Record<string, string[]> = {
  margaret: ["maggie", "meg", "peggy", "marge", "margie", "madge", "greta", "molly"],
  elizabeth: ["liz", "lizzie", "beth", "betty", "bess", "eliza", "libby", "lisa", "betsy"],
  catherine: ["kate", "katie", "cathy", "kitty", "cat"],
  katherine: ["kate", "katie", "kathy", "kitty", "kat"],
  patricia: ["pat", "patty", "trish", "tricia"],
  jennifer: ["jen", "jenny"],
  rebecca: ["becky", "becca"],
  susan: ["sue", "susie"],
  deborah: ["debbie", "deb"],
  victoria: ["vicky", "tori"],
  alexandra: ["alex", "sandra", "lexi"],
  christine: ["chris", "chrissie", "tina"],
  dorothy: ["dot", "dottie", "dolly"],
  eleanor: ["ellie", "nell", "nora"],
  helen: ["nell", "nellie"],
  mary: ["molly", "polly", "mae"],
  sarah: ["sally", "sadie"],
  william: ["will", "bill", "billy", "willie", "liam"],
  robert: ["rob", "bob", "bobby", "robbie", "bert"],
  richard: ["rich", "rick", "ricky", "dick"],
  james: ["jim", "jimmy", "jamie"],
  john: ["johnny", "jack"],
  joseph: ["joe", "joey"],
  michael: ["mike", "mikey", "mick"],
  thomas: ["tom", "tommy", "thom"],
  edward: ["ed", "eddie", "ted", "teddy", "ned"],
  charles: ["charlie", "chuck", "chas"],
  anthony: ["tony"],
  christopher: ["chris", "kit"],
  daniel: ["dan", "danny"],
  david: ["dave", "davey"],
  henry: ["harry", "hank", "hal"],
  nicholas: ["nick", "nicky"],
  benjamin: ["ben", "benny"],
  samuel: ["sam", "sammy"],
  alexander: ["alex", "sandy", "xander"],
  andrew: ["andy", "drew"],
  matthew: ["matt"],
  peter: ["pete"],
  stephen: ["steve"],
  steven: ["steve"],
  frederick: ["fred", "freddie"],
  gregory: ["greg"],
  jonathan: ["jon", "jonny"],
  timothy: ["tim", "timmy"],
  patrick: ["pat", "paddy"],
  francis: ["frank", "fran"],
  frances: ["fran", "frankie"],
  josephine: ["jo", "josie"],
  theodore: ["theo", "ted", "teddy"],
  abigail: ["abby", "gail"],
  susannah: ["sue", "susie", "sukie"],
  barbara: ["barb", "babs"],
  judith: ["judy", "jude"],
  joanna: ["jo", "jojo"],
  kenneth: ["ken", "kenny"],
  ronald: ["ron", "ronnie"],
  donald: ["don", "donnie"],
  gerald: ["gerry"],
  lawrence: ["larry", "laurie"],
  leonard: ["len", "lenny", "leo"],
};

/** Another form of `given` used in the letter, if any: "Maggie" for Margaret, "Tommy" for Tom. */
export function shortFormIn(words: ReadonlySet<string>, given: string): string | undefined {
  const name = given.toLowerCase();
  const family = Object.entries(SHORT_FORMS)
    .filter(([formal, short]) => formal === name || short.includes(name))
    .flatMap(([formal, short]) => [formal, ...short]);
  return family.find((form) => form !== name && words.has(form));
}

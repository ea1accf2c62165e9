// The offline composer's own sentences: openings, closings and reflections by occasion and tone.
// None states a fact: every name, place, event and date in a draft comes from the brief. Each is
// checked by the product's proofreader in tests (no spelling or grammar flag, no cliché).
import type { Occasion } from "@/lib/orders/catalogue";

export const openings: Record<Occasion, string> = {
  birthday: "Happy birthday! I wanted to write to you properly this year, by hand, to tell you what you mean to me.",
  anniversary: "Happy anniversary. Another year together, and I wanted to mark it with a real letter.",
  love: "I have been meaning to write this down for a long time, so here it is, in ink.",
  thanks: "I wanted to thank you properly, in a letter, because a quick message would not be enough.",
  condolence: "I was so sorry to hear your news. I have been thinking of you, and I wanted to write.",
  apology: "I owe you an apology, and I wanted to make it properly, in writing.",
  congratulations: "Congratulations! I was so happy to hear the news, and I wanted to tell you so in a letter.",
  other: "I have been thinking of you, and I wanted to write.",
};

export const closings: Record<Occasion, string> = {
  birthday: "I hope the year ahead is full of good days. Happy birthday.",
  anniversary: "Here is to the next year, and all the ones after it.",
  love: "Thank you for being you.",
  thanks: "Thank you, truly.",
  condolence: "Please take good care of yourself. I am here whenever you need me.",
  apology: "I hope you can forgive me. I am truly sorry.",
  congratulations: "I am so proud of you. Congratulations again.",
  other: "I hope this letter finds you well.",
};

/** One sentence after the opening that sets the brief's tone. */
export const toneLines: Record<string, string> = {
  Warm: "Wherever you are as you read this, I hope you are comfortable, with a cup of something hot beside you.",
  Playful: "Fair warning: this letter is about to get a little sentimental, so settle in.",
  Tender: "Some things are easier to say on paper, so I am saying them here.",
  Heartfelt: "This is something I want to say as plainly as I can, because it matters to me.",
  Formal: "Please accept this letter as a small token of my regard.",
  Nostalgic: "Lately I have been looking back a great deal, and so much of what I see has you in it.",
  Encouraging: "Before anything else, I want you to know how much I believe in you.",
};

/** Sentences that follow a memory of something past: what it means, never what happened. */
export const pastFollowUps = [
  "It is one of those moments I come back to more often than you might guess.",
  "At the time, I did not know how much it would stay with me.",
  "Even now it makes me smile.",
  "Looking back, it says so much about who you are.",
  "Some memories fade, but not that one.",
  "Whenever I need reminding of what matters, I think about it.",
  "It still feels close, as though it happened last week.",
  "Of all the moments we have shared, it is one I would keep.",
  "It is a story I hold close.",
  "To this day, I can picture it clearly.",
  "It taught me something I have carried with me ever since.",
  "Perhaps you remember it as fondly as I do.",
];

/** Sentences that follow something that still goes on ("you call every Sunday"). */
export const presentFollowUps = [
  "It is a small thing, and it means a great deal.",
  "You may not know how much I look forward to it.",
  "It is one of the things I love most about you.",
  "Not for a moment do I take it for granted.",
  "It makes every week a little brighter.",
  "Please never stop.",
];

/** Paragraphs (two or three sentences each) for the body of a letter on each occasion. */
export const reflections: Record<Occasion, string[][]> = {
  birthday: [
    ["Birthdays are a good excuse to say the things we usually leave unsaid.", "So here is mine: I am grateful for you, and I do not tell you that often enough."],
    ["I hope today brings you people you love, good food and a little time to yourself.", "You deserve a day that is all about you."],
    ["Another year is a chance to look at how far you have come.", "From where I stand, it is a long way, and you have made it look easy."],
  ],
  anniversary: [
    ["An anniversary is a chance to notice what has lasted.", "Choosing each other, again and again, is not always easy, and it is worth celebrating."],
    ["A year is a long time, full of ordinary days.", "It is the ordinary days, shared, that make a life together."],
    ["I hope you take a moment today to look back at everything you have built.", "It is something to be proud of."],
  ],
  love: [
    ["I do not say it often enough, so I am writing it down where it can stay.", "You make my days better simply by being in them."],
    ["When I try to picture the years ahead, you are in every one of them.", "That is the best thing I know."],
    ["Thank you for your patience with me, your laughter and your kindness.", "I notice all of it, even when I forget to say so."],
  ],
  thanks: [
    ["It is easy to let kindness pass without remark, and I did not want to do that.", "What you did has made a real difference to me."],
    ["I have thought about it many times since.", "You gave your time and your care, and that is rare."],
    ["I hope one day I can be as generous to someone as you have been to me.", "Until then, this letter will have to do."],
  ],
  condolence: [
    ["There are no words that make a loss like this smaller, and I will not pretend to have them.", "I only want you to know that you are not alone."],
    ["Grief keeps its own time.", "Please do not feel you have to be strong for anyone, least of all for me."],
    ["If there is anything at all I can do, whether a meal, a walk or simply sitting with you, please ask.", "I mean that."],
  ],
  apology: [
    ["I have thought a lot about what happened, and I can see now how my actions hurt you.", "That was never what I wanted, but it is what I did."],
    ["I am not writing to explain it away.", "I am writing because you deserve to hear me say that I was wrong."],
    ["I value what we have far too much to let this stand between us.", "Whatever you need from me to put it right, I will do."],
  ],
  congratulations: [
    ["I know how much work went into this, even the parts nobody else saw.", "You earned every bit of it."],
    ["It is a real joy to see good things happen to someone who deserves them.", "Take a moment to enjoy it before you rush on to the next thing."],
    ["I cannot wait to hear all about it when we next see each other.", "I want every detail."],
  ],
  other: [
    ["Life gets busy, and it is easy to let the months slip by without saying the things that matter.", "I did not want that to happen this time."],
    ["You have been on my mind, and I wanted you to hear from me in something more lasting than a message.", "A letter felt right."],
    ["I hope you know how much you are appreciated.", "I certainly do not say it enough."],
  ],
};

/** Paragraphs for any letter, when the ordered length asks for more. */
export const generalReflections: string[][] = [
  ["There is something about writing by hand that slows me down.", "It makes me think about every word, and every word here is meant."],
  ["When I think about the people who have shaped me, you are near the top of the list.", "You have taught me more than you probably know."],
  ["I hope you keep this letter somewhere safe.", "On a difficult day, I hope it reminds you how much you matter to me."],
  ["Writing this has made me think about how lucky I am.", "Not everyone has someone like you, and I do not take it for granted."],
  ["Time with you never feels long enough.", "In between, please know that you are in my thoughts far more often than I manage to say."],
  ["Thank you for all the small things, the ones that nobody writes down.", "They add up to something very large."],
  ["Finding the right words for this has not been easy.", "In the end, the simplest ones will have to do: thank you for being in my life."],
  ["People talk about the big moments, but I think the quiet ones matter just as much.", "So many of my quiet moments have you in them."],
  ["I often wonder whether you know the effect you have on the people around you.", "In case you do not, let me tell you: it is a good one."],
  ["Whatever the coming months bring, I hope they are kind to you.", "And if they are not, I hope you will let me help."],
  ["I am looking forward to the next time we can sit down together and talk properly.", "There is always so much to say, and never quite enough time."],
  ["When I read this letter back, I worry it says too little.", "Please read between the lines, because everything I feel is there."],
  ["Letters last in a way that messages do not.", "I hope this one earns a place somewhere you can find it again."],
  ["It is strange how a person can become part of the way you see the world.", "You are part of the way I see mine, and I am better for it."],
  ["I do not need a reason to tell you that you are loved, but today I have one anyway.", "I hope you feel it in every line."],
  ["If I could give you one thing, it would be the chance to see yourself as others see you.", "You would be surprised, and I think you would be proud."],
];

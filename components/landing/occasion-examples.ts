import type { Occasion } from "@/lib/orders/catalogue";

export type OccasionExample = { occasion: Occasion; forWhom: string; tone: string; memory: string; opening: string };

// Briefs of the kind clients write, so a visitor sees how little it takes to start.
export const occasionExamples: OccasionExample[] = [
  {
    occasion: "birthday",
    forWhom: "Mum, turning seventy",
    tone: "Warm",
    memory: "Teaching me to swim in the lake at Grandpa's cabin",
    opening: "Seventy years, and you still make every room feel like home.",
  },
  {
    occasion: "anniversary",
    forWhom: "My husband, ten years married",
    tone: "Tender",
    memory: "Walking across the city until the bakeries opened",
    opening: "Ten years ago I promised you forever, and I would choose it again today.",
  },
  {
    occasion: "thanks",
    forWhom: "The teacher who changed my mind about maths",
    tone: "Heartfelt",
    memory: "Staying late every Thursday to go over fractions",
    opening: "You probably do not remember the boy at the back of the room. I remember you.",
  },
  {
    occasion: "condolence",
    forWhom: "A friend who lost her father",
    tone: "Tender",
    memory: "His terrible puns at every barbecue",
    opening: "I have been thinking of you, and of him, every day since I heard.",
  },
];

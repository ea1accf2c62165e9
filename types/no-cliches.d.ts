declare module "no-cliches" {
  /** Each cliché found: where it starts and how long it is (UTF-16). */
  export default function findCliches(text: string): { index: number; offset: number }[];
}

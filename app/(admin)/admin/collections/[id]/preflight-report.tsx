import type { BookExport } from "@/lib/db/schema";
import { MIN_PAGES, TRIM_SIZES, type TrimSize } from "@/lib/books/book-design";

const inches = (pt: number) => `${(pt / 72).toFixed(pt % 72 === 0 ? 0 : 3).replace(/0+$/, "").replace(/\.$/, "")} in`;
const size = (box: number[]) => `${inches(box[2] - box[0])} × ${inches(box[3] - box[1])}`;
const bytes = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1e3))} kB`);

function Check({ ok }: { ok: boolean }) {
  return <span className={ok ? "preflight-ok" : "preflight-bad"}>{ok ? "✓ OK" : "✗ Problem"}</span>;
}

/** What a printer's preflight checks, read from this export's real files. */
export function PreflightReport({ exp }: { exp: BookExport }) {
  const p = exp.preflight;
  if (!p) return null;
  const trim = TRIM_SIZES[p.trimSize as TrimSize];
  const fontNames = [...new Set(p.fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, "")))];
  const fontsOk = p.fonts.length > 0 && p.fonts.every((f) => f.embedded && f.subset);
  return (
    <section className="card preflight" aria-labelledby={`preflight-${exp.id}`}>
      <h2 id={`preflight-${exp.id}`}>Preflight</h2>
      <dl className="preflight-list">
        <dt>Trim size</dt>
        <dd>
          {trim?.label ?? p.trimSize}
        </dd>
        <dt>Pages</dt>
        <dd>
          {p.pages} (printers need at least {MIN_PAGES}) <Check ok={p.pages >= MIN_PAGES} />
        </dd>
        <dt>Spine width</dt>
        <dd>
          {inches(p.spineWidth)} ({p.spineText ? "title on the spine" : "too narrow for spine text"})
        </dd>
        <dt>Inside margin</dt>
        <dd>{inches(p.insideMargin)} plus 0.125 in bleed</dd>
        <dt>Interior boxes</dt>
        <dd>
          trim {size(p.boxes.interior.trim)}, bleed {size(p.boxes.interior.bleed)} <Check ok={Math.abs(p.boxes.interior.trim[2] - p.boxes.interior.trim[0] - p.trim.width) < 0.01} />
        </dd>
        {p.boxes.cover.trim.length > 0 && (
          <>
            <dt>Cover boxes</dt>
            <dd>
              trim {size(p.boxes.cover.trim)}, bleed {size(p.boxes.cover.bleed)}
            </dd>
          </>
        )}
        <dt>Fonts</dt>
        <dd>
          {fontNames.join(", ")}: {fontsOk ? "all embedded and subset" : "not all embedded"} <Check ok={fontsOk} />
        </dd>
        <dt>Uncovered characters</dt>
        <dd>
          {p.uncovered.length === 0 ? (
            <>
              none <Check ok />
            </>
          ) : (
            <ul>
              {p.uncovered.map((u) => (
                <li key={u.title}>
                  {u.title}: {u.characters.join(" ")}
                </li>
              ))}
            </ul>
          )}
        </dd>
        {exp.files && (
          <>
            <dt>Files</dt>
            <dd>
              {Object.entries(exp.files)
                .map(([kind, f]) => `${kind} ${bytes(f.bytes)}`)
                .join(", ")}
            </dd>
          </>
        )}
      </dl>
      {p.problems.length > 0 && (
        <ul className="alert error">
          {p.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

import { DataTable } from "@/components/data-table";
import { LocalTime } from "@/components/local-time";
import type { ActionState } from "@/lib/auth/action";
import type { SessionSummary } from "@/lib/auth/sessions";
import { AccountForm } from "./account-form";

type Props<T> = {
  sessions: SessionSummary[];
  endSession: (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
};

/** The browsers signed in to this account, each with a way to sign it out. */
export function SessionList<T>({ sessions, endSession }: Props<T>) {
  return (
    <DataTable
      caption="Signed-in browsers"
      rows={sessions}
      empty={<p className="muted">No other sessions.</p>}
      columns={[
        { header: "Browser", cell: (s) => (s.current ? `${s.device} (this browser)` : s.device) },
        { header: "Signed in", cell: (s) => <LocalTime value={s.createdAt} /> },
        { header: "Last active", cell: (s) => <LocalTime value={s.lastSeenAt} /> },
        {
          header: "Sign out",
          hideHeader: true,
          cell: (s) => (s.current ? null : <AccountForm id={`end-${s.id}`} action={endSession} hidden={{ sessionId: s.id }} submit="Sign out" variant="quiet" fields={[]} />),
        },
      ]}
    />
  );
}

"use client";
import { signOut } from "next-auth/react";
import { useRouter } from "next/navigation";

export function SignOutButton() {
  const router = useRouter();
  async function onClick() {
    // next-auth would send the browser to its configured address; a relative one keeps the visitor
    // on the host they opened (127.0.0.1 stays 127.0.0.1).
    await signOut({ redirect: false });
    router.replace("/");
    router.refresh();
  }
  return (
    <button type="button" className="button quiet" onClick={onClick}>
      Sign out
    </button>
  );
}

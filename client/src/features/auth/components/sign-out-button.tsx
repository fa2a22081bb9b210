import { useNavigate } from "react-router";
import { useSignOut } from "../api/sign-out.ts";

export function SignOutButton() {
  const signOut = useSignOut();
  const navigate = useNavigate();
  return (
    <button
      type="button"
      onClick={() => signOut.mutate(undefined, { onSettled: () => navigate("/sign-in", { replace: true }) })}
      disabled={signOut.isPending}
    >
      Sign out
    </button>
  );
}

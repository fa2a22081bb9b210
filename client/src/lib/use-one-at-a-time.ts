// A mutation that sends nothing while its previous request is on its way. `isPending` reaches the
// screen only after a re-render (TanStack Query notifies on a timer), and a browser busy with a
// long article can dispatch a double click's second click, or a repeated Enter, before that: a
// disabled button alone let both through and added the same note twice.
import { useCallback, useRef } from "react";
import { useMutation, type MutateOptions, type UseMutationOptions } from "@tanstack/react-query";

type Options<TData, TVars> = UseMutationOptions<TData, Error, TVars> & {
  mutationFn: (vars: TVars) => Promise<TData>;
};

export function useOneAtATimeMutation<TData, TVars>(options: Options<TData, TVars>) {
  const busy = useRef(false);
  const mutation = useMutation<TData, Error, TVars>({
    ...options,
    // Released here rather than in the caller's callbacks: this one runs even when the screen that
    // started the request has gone, and before those callbacks, which may start the next one.
    onSettled: (...args) => {
      busy.current = false;
      return options.onSettled?.(...args);
    },
  });
  // mutateAsync is left out: it would send past the guard.
  const { mutate: send, mutateAsync: _unguarded, ...rest } = mutation;
  const mutate = useCallback(
    (vars: TVars, callbacks?: MutateOptions<TData, Error, TVars>): boolean => {
      if (busy.current) return false;
      busy.current = true;
      send(vars, callbacks);
      return true;
    },
    [send],
  );
  return { ...rest, mutate };
}

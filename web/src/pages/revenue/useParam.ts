// One of a tab's own choices in the address (?period=quarter), beside the scope; replaced, not
// pushed, so that Back leaves the page rather than stepping through choices.
import { useSearchParams } from 'react-router-dom';

export function useParam(key: string): [string | null, (value: string | undefined) => void] {
  const [params, setParams] = useSearchParams();
  return [
    params.get(key),
    (value) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (value === undefined || value === '') next.delete(key);
          else next.set(key, value);
          return next;
        },
        { replace: true },
      ),
  ];
}

/** `value` if it is one of `values`, else the first of them. */
export function oneOf<Value extends string>(values: readonly Value[], value: string | null): Value {
  return values.find((v) => v === value) ?? values[0]!;
}

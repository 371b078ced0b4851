// The accounts ticked in the list, for the bulk actions: kept while paging through the same
// search and filters (so that a selection can span pages), emptied when they change, so that a
// bulk action never reaches an account the list no longer shows.
import { useState } from 'react';

export interface SelectedAccount {
  id: number;
  name: string;
}

export interface Selection {
  /** In the order ticked. */
  accounts: SelectedAccount[];
  count: number;
  has: (id: number) => boolean;
  toggle: (account: SelectedAccount) => void;
  /** Ticks (or unticks) every account of the page. */
  setAll: (accounts: readonly SelectedAccount[], on: boolean) => void;
  clear: () => void;
}

export function useSelection(scope: string): Selection {
  const [state, setState] = useState<{ scope: string; accounts: Map<number, SelectedAccount> }>({
    scope,
    accounts: new Map(),
  });
  const current = state.scope === scope ? state.accounts : new Map<number, SelectedAccount>();

  function update(change: (next: Map<number, SelectedAccount>) => void) {
    setState((prev) => {
      const next = new Map(prev.scope === scope ? prev.accounts : []);
      change(next);
      return { scope, accounts: next };
    });
  }

  return {
    accounts: [...current.values()],
    count: current.size,
    has: (id) => current.has(id),
    toggle: ({ id, name }) =>
      update((next) => {
        if (next.has(id)) next.delete(id);
        else next.set(id, { id, name });
      }),
    setAll: (accounts, on) =>
      update((next) => {
        for (const { id, name } of accounts) {
          if (on) next.set(id, { id, name });
          else next.delete(id);
        }
      }),
    clear: () => update((next) => next.clear()),
  };
}

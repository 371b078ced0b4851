// Staff users by id, for answers that name a user only by id (who recorded a hand-off): the
// list of /api/v1/users (every role may read it), read once per component.
import { useCallback } from 'react';
import { api } from '../api';
import { personLabel } from './labels';
import { useAsync } from './useAsync';

/** The user's name, else email; null when the id is null or not (yet) in the list. */
export function useStaffNames(): (id: number | null | undefined) => string | null {
  const users = useAsync((signal) => api.users(signal).catch(() => ({ data: [] })), []);
  const list = users.data?.data;
  return useCallback(
    (id) => (id == null ? null : personLabel(list?.find((u) => u.id === id))),
    [list],
  );
}

// The fields an import of a kind accepts (GET /imports/{kind}/fields), read again when the kind
// changes: the preview's column choices and the accepted-fields panel both list them.
import { api, type ImportFields, type ImportTarget } from '../../api';
import { useAsync } from '../../lib/useAsync';

export function useImportFields(kind: ImportTarget): {
  fields: ImportFields | undefined;
  failed: boolean;
} {
  const { data, error } = useAsync((signal) => api.importFields(kind, signal), [kind]);
  return { fields: data?.kind === kind ? data : undefined, failed: Boolean(error) };
}

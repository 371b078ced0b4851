// The journey's settings (admins and managers): the stages, the rules that move accounts between
// them, and running the rules now.
import { api } from '../../api';
import { useAsync } from '../../lib/useAsync';
import { RuleEditor } from './RuleEditor';
import { RunRules } from './RunRules';
import { StageEditor } from './StageEditor';

export function SettingsTab() {
  const rules = useAsync((signal) => api.journeyRules(signal), []);
  return (
    <div className="stack" data-testid="journey-settings">
      <StageEditor />
      <RuleEditor rules={rules} />
      <RunRules rules={rules.data?.data ?? []} />
    </div>
  );
}

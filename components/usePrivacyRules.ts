import { useEffect, useState } from 'preact/hooks';
import {
  currentPrivacyRules,
  subscribePrivacyRules,
  type PrivacyRulesState,
} from '@/lib/sidebar/privacy-rules';

/** The team's privacy rules (shared by every panel; read once, updated when the options change them). */
export function usePrivacyRules(): PrivacyRulesState {
  const [state, setState] = useState<PrivacyRulesState>(currentPrivacyRules);
  useEffect(() => subscribePrivacyRules(setState), []);
  return state;
}

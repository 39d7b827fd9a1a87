export { detect, type DetectOptions } from './detect';
export { mask, maskText, typeLabel } from './mask';
export { compileRules, RuleInputSchema, RuleInputListSchema, type RuleInput, type CompileResult } from './rules';
export { PiiTypeSchema, type PiiType, type PiiSpan, type CompiledRule } from './types';

import { z } from 'zod';

/** The fourteen kinds of personal data the privacy guard knows (see ../shared/bench/pii/README.md). */
export const PiiTypeSchema = z.enum([
  'EMAIL',
  'PHONE',
  'IBAN',
  'CREDIT_CARD',
  'POSTAL_ADDRESS',
  'DATE_OF_BIRTH',
  'PERSON_NAME',
  'CUSTOMER_ID',
  'ORDER_ID',
  'IP_ADDRESS',
  'TAX_ID',
  'PASSPORT_ID',
  'LICENSE_PLATE',
  'PASSWORD',
]);
export type PiiType = z.infer<typeof PiiTypeSchema>;

/** One finding: JavaScript string offsets into the text, end exclusive. */
export interface PiiSpan {
  start: number;
  end: number;
  type: PiiType;
}

/** A possible finding before overlaps are resolved: the higher `priority` wins an overlap. */
export interface Candidate extends PiiSpan {
  priority: number;
}

/** A team rule after validation: a safe global regex, an optional checksum on its digits. */
export interface CompiledRule {
  type: PiiType;
  regex: RegExp;
  checksum: 'luhn' | 'mod97' | 'none';
  label?: string;
}

/** Diagnosis and guidance texts (English). Keys are shared with nb/guidance.ts. */
export const guidance = {
  "unknown.title": "Delivery failed for a reason we don't recognise",
} as const;

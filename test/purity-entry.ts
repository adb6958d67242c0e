// The public surface of shared/, as one entry that test/shared-purity.test.ts bundles and runs
// in a bare node:vm context (no console, process, Buffer or TextEncoder), proving the domain
// core runs unchanged in Apps Script, workerd and Node.
// Other helpers: when you add a public module to shared/, add one `export * as <name>` line
// for it here (namespaces keep equal names in different modules apart).
export * as calendar from '../shared/calendar/civilDate.ts';
export * as registerDeletionEvidence from '../shared/register/deletionEvidence.ts';
export * as registerDeletionLog from '../shared/register/deletionLog.ts';
export * as registerDocument from '../shared/register/document.ts';
export * as registerHeaderMapping from '../shared/register/headerMapping.ts';
export * as registerImport from '../shared/register/import.ts';
export * as registerSchema from '../shared/register/schema.ts';
export * as registerSettings from '../shared/register/settings.ts';
export * as retentionDescribe from '../shared/retention/describe.ts';
export * as retentionDueDate from '../shared/retention/dueDate.ts';
export * as retentionHoldings from '../shared/retention/holdings.ts';
export * as retentionParse from '../shared/retention/parse.ts';
export * as retentionStatus from '../shared/retention/status.ts';
export * as retentionTypes from '../shared/retention/types.ts';
export * as syncIdentifying from '../shared/sync/identifying.ts';
export * as syncPayload from '../shared/sync/payload.ts';
export * as syncSigning from '../shared/sync/signing.ts';
export * as syncStatus from '../shared/sync/status.ts';
export * as validation from '../shared/validation/validate.ts';
export * as vocabularies from '../shared/vocabularies/index.ts';

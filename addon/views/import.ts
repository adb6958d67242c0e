// The import sidebar's view: the sheets to import from, the preview of how a sheet's columns are
// understood, and the result. Built by addon/src/features/importRegister.ts and
// importService.ts, shown by addon/client/import.

import type { Issue } from '../../shared/register/types.ts';

export interface ColumnMappingView {
  header: string;
  /** The register column it becomes, as "Sheet › Column" in the register language. */
  target: string | null;
}

export interface ImportPreview {
  sheetName: string;
  headerRow: number;
  mapping: ColumnMappingView[];
  unmapped: string[];
  activityCount: number;
  groupCount: number;
  /** Names of imported activities that already exist in the register (would be replaced). */
  conflicts: string[];
  issues: { severity: Issue['severity']; code: string; message: string; hint: string; row: number | null }[];
}

export interface ImportSources {
  sheets: { name: string; rows: number }[];
}

export interface ImportDone {
  activities: number;
  groups: number;
  preview: ImportPreview;
}

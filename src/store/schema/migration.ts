/** One step of the SQL schema (src/store/migrations.ts applies them in order). Never edit a released one; add a new one. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

// The SQL editor of the SQL round: SQLite's dialect, and completion of the exercise's tables and
// columns (`options.schema`: { table: [column, …] }).
import { sql, SQLite } from "@codemirror/lang-sql";
import { editorFor } from "./create.js";

export const createEditor = editorFor((options) => sql({ dialect: SQLite, schema: options.schema || {}, upperCaseKeywords: true }));

// The SQL editor of the SQL round: SQLite's dialect, and completion of the exercise's tables and
// columns (`options.schema`: { table: [column, …] }).
import { sql, SQLite } from "@codemirror/lang-sql";
import { EditorView } from "@codemirror/view";
import { editorFor } from "./create.js";

// Long lines wrap: a query reads better whole than scrolled sideways.
export const createEditor = editorFor((options) => [sql({ dialect: SQLite, schema: options.schema || {}, upperCaseKeywords: true }), EditorView.lineWrapping]);

// The JavaScript editor of coding exercises.
import { javascript } from "@codemirror/lang-javascript";
import { editorFor } from "./create.js";

export const createEditor = editorFor(() => javascript());

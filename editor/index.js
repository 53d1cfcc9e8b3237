// The code editor (CodeMirror 6), bundled by esbuild into build/editor/editor.js and loaded by
// the exercise page only, on demand. The Rust side sees four functions.
import { basicSetup } from "codemirror";
import { EditorView, keymap } from "@codemirror/view";
import { EditorState, Compartment, Prec } from "@codemirror/state";
import { javascript } from "@codemirror/lang-javascript";
import { indentWithTab } from "@codemirror/commands";
import { oneDark } from "@codemirror/theme-one-dark";
import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { tags } from "@lezer/highlight";

// One Dark with comments and line numbers lifted to WCAG AA contrast (4.5:1) on its background.
const dark = [
  oneDark,
  EditorView.theme({ ".cm-gutters": { color: "#aab1be" } }, { dark: true }),
  syntaxHighlighting(HighlightStyle.define([{ tag: tags.comment, color: "#a0a8b7", fontStyle: "italic" }])),
];

/**
 * Mounts an editor in `parent`.
 * @returns {{getDoc(): string, setDoc(s: string): void, setDark(d: boolean): void, focus(): void, destroy(): void}}
 */
export function createEditor(parent, doc, onChange, onRun, label, isDark) {
  const theme = new Compartment();
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        // Before basicSetup, whose own Mod-Enter would insert a blank line.
        Prec.highest(keymap.of([{ key: "Mod-Enter", run: () => { onRun(); return true; } }])),
        basicSetup,
        javascript(),
        keymap.of([indentWithTab]),
        theme.of(isDark ? dark : []),
        EditorView.updateListener.of((u) => { if (u.docChanged) onChange(u.state.doc.toString()); }),
        EditorView.contentAttributes.of({ "aria-label": label, "data-testid": "code-editor" }),
      ],
    }),
  });
  return {
    getDoc: () => view.state.doc.toString(),
    setDoc: (s) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: s } }),
    setDark: (d) => view.dispatch({ effects: theme.reconfigure(d ? dark : []) }),
    focus: () => view.focus(),
    destroy: () => view.destroy(),
  };
}

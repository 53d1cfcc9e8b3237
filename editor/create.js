// The code editor (CodeMirror 6), shared by the language entries (javascript.js, sql.js) that
// esbuild bundles into build/editor/; a page loads the one it needs, on demand. The Rust side
// sees a handful of functions.
import { EditorView, keymap, lineNumbers, highlightActiveLineGutter, highlightSpecialChars, drawSelection, highlightActiveLine } from "@codemirror/view";
import { EditorState, Compartment, Prec } from "@codemirror/state";
import { history, defaultKeymap, historyKeymap, indentWithTab } from "@codemirror/commands";
import { oneDarkTheme } from "@codemirror/theme-one-dark";
import { HighlightStyle, syntaxHighlighting, defaultHighlightStyle, indentOnInput, bracketMatching } from "@codemirror/language";
import { closeBrackets, closeBracketsKeymap, autocompletion, completionKeymap } from "@codemirror/autocomplete";
import { tags } from "@lezer/highlight";

// codemirror's basicSetup without what a page of exercise code does not need: the search panel
// (the browser's own find works on a short file), lint keys (nothing lints), code folding,
// multiple and rectangular selections. The editor bundle is evaluated before the editor shows,
// in one task: this cut its shared chunk from 424 to 372 KB (134 → 121 KB gzip).
const setup = [
  lineNumbers(),
  highlightActiveLineGutter(),
  highlightSpecialChars(),
  history(),
  drawSelection(),
  indentOnInput(),
  syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
  bracketMatching(),
  closeBrackets(),
  autocompletion(),
  highlightActiveLine(),
  keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, ...completionKeymap]),
];

// One Dark's editor chrome with our own token colours: every one meets WCAG AA (4.5:1) on its
// #282c34 background (the stock palette's comments, gutter and red variables do not).
const darkHighlight = HighlightStyle.define([
  { tag: tags.keyword, color: "#d7a6f0" },
  { tag: [tags.name, tags.deleted, tags.character, tags.propertyName, tags.macroName, tags.variableName], color: "#f2a3aa" },
  { tag: [tags.function(tags.variableName), tags.labelName], color: "#7cc0ff" },
  { tag: [tags.color, tags.constant(tags.name), tags.standard(tags.name)], color: "#e8bf84" },
  { tag: [tags.definition(tags.name), tags.separator], color: "#e6e9ef" },
  { tag: [tags.typeName, tags.className, tags.number, tags.changed, tags.annotation, tags.modifier, tags.self, tags.namespace], color: "#eac087" },
  { tag: [tags.operator, tags.operatorKeyword, tags.url, tags.escape, tags.regexp, tags.link, tags.special(tags.string)], color: "#7fd4e0" },
  { tag: [tags.meta, tags.comment], color: "#a7afbd", fontStyle: "italic" },
  { tag: [tags.atom, tags.bool, tags.special(tags.variableName)], color: "#e8bf84" },
  { tag: [tags.processingInstruction, tags.string, tags.inserted], color: "#a8d48a" },
  { tag: tags.invalid, color: "#ffffff" },
]);
const dark = [
  oneDarkTheme,
  Prec.highest(EditorView.theme({ ".cm-gutters": { color: "#aab1be" } }, { dark: true })),
  syntaxHighlighting(darkHighlight),
];

/**
 * A `createEditor(parent, doc, onChange, onRun, label, isDark, options)` for one language:
 * `language(options)` returns its CodeMirror extension.
 * @returns {(...args) => {getDoc(): string, setDoc(s: string): void, setDark(d: boolean): void, focus(): void, focusAt(anchor: number, head: number): void, destroy(): void}}
 */
export function editorFor(language) {
  return (parent, doc, onChange, onRun, label, isDark, options) => createEditor(parent, doc, onChange, onRun, label, isDark, language(options || {}));
}

function createEditor(parent, doc, onChange, onRun, label, isDark, languageExtension) {
  const theme = new Compartment();
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        // Before the setup, whose own Mod-Enter would insert a blank line.
        // onRun(true) for Mod-Shift-Enter (Submit), onRun(false) for Mod-Enter (Run).
        Prec.highest(keymap.of([
          { key: "Mod-Enter", run: () => { onRun(false); return true; } },
          { key: "Mod-Shift-Enter", run: () => { onRun(true); return true; } },
        ])),
        setup,
        languageExtension,
        keymap.of([indentWithTab]),
        theme.of(isDark ? dark : []),
        EditorView.updateListener.of((u) => { if (u.docChanged) onChange(u.state.doc.toString()); }),
        // tabindex: the content is focusable anyway (contenteditable); saying so lets checkers
        // see that the scrolling editor can be reached by keyboard.
        EditorView.contentAttributes.of({ "aria-label": label, "data-testid": "code-editor", tabindex: "0" }),
      ],
    }),
  });
  return {
    getDoc: () => view.state.doc.toString(),
    setDoc: (s) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: s } }),
    setDark: (d) => view.dispatch({ effects: theme.reconfigure(d ? dark : []) }),
    focus: () => view.focus(),
    // The plain box's caret or selection, clamped to the text (which may have been replaced since).
    focusAt: (anchor, head) => {
      const n = view.state.doc.length;
      view.dispatch({ selection: { anchor: Math.min(anchor, n), head: Math.min(head, n) }, scrollIntoView: true });
      view.focus();
    },
    destroy: () => view.destroy(),
  };
}

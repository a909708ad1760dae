// The Cypher editor: CodeMirror 6 with Cypher highlighting, completion of the graph's labels,
// relationship types, property keys and functions, Ctrl+Enter to run, and an error marked at
// its place in the query.
import {
  autocompletion,
  type CompletionContext,
  type CompletionResult,
} from '@codemirror/autocomplete';
import { StreamLanguage } from '@codemirror/language';
import { cypher } from '@codemirror/legacy-modes/mode/cypher';
import { setDiagnostics } from '@codemirror/lint';
import { Prec } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import type { Vocabulary } from './vocabulary.js';

export interface CypherEditor {
  view: EditorView;
  text(): string;
  set(text: string): void;
  /** Marks the error at `offset` (or clears the mark with null). */
  markError(error: { offset: number; message: string } | null): void;
}

function completer(vocabulary: Vocabulary) {
  return (context: CompletionContext): CompletionResult | null => {
    const label = context.matchBefore(/:`?\w*/);
    if (label) {
      const names = [...vocabulary.labels, ...vocabulary.types];
      return {
        from: label.from + 1,
        options: names.map((n) => ({
          label: n,
          type: vocabulary.types.includes(n) ? 'type' : 'class',
        })),
      };
    }
    const property = context.matchBefore(/\.\w*/);
    if (property) {
      return {
        from: property.from + 1,
        options: vocabulary.properties.map((p) => ({ label: p, type: 'property' })),
      };
    }
    const word = context.matchBefore(/\w+/);
    if (!word || (word.from === word.to && !context.explicit)) return null;
    return {
      from: word.from,
      options: vocabulary.functions.map((f) => ({ label: f, type: 'function', apply: `${f}(` })),
    };
  };
}

export function createEditor(
  parent: HTMLElement,
  vocabulary: Vocabulary,
  onRun: () => void,
): CypherEditor {
  const run = () => {
    onRun();
    return true;
  };
  const view = new EditorView({
    parent,
    extensions: [
      basicSetup,
      StreamLanguage.define(cypher),
      autocompletion({ override: [completer(vocabulary)] }),
      Prec.highest(keymap.of([{ key: 'Mod-Enter', run }])),
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ 'aria-label': 'Cypher query' }),
    ],
  });
  return {
    view,
    text: () => view.state.doc.toString(),
    set(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    markError(error) {
      const length = view.state.doc.length;
      const diagnostics = error
        ? [
            {
              from: Math.min(error.offset, length),
              to: Math.min(error.offset + 1, length),
              severity: 'error' as const,
              message: error.message,
            },
          ]
        : [];
      view.dispatch(setDiagnostics(view.state, diagnostics));
    },
  };
}

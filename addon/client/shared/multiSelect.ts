// A multi-select for a 300-px sidebar: chosen values as removable chips, and a text box that
// filters the options as you type. Enter picks the first match, or adds the typed text where
// the field allows the user's own entries (custom data categories, recipients not yet on the
// Recipients sheet).

import type { Lang } from '../../../shared/register/types.ts';
import { h } from './dom.ts';
import { t } from './strings.ts';

export interface MultiSelectOptions {
  id: string;
  options: { value: string; label: string }[];
  values: string[];
  allowCustom: boolean;
  /** At most one value (a single-valued column that allows custom entries). */
  single?: boolean;
  lang: Lang;
  onChange: (values: string[]) => void;
}

const MAX_SHOWN = 8;

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export function multiSelect(opts: MultiSelectOptions): HTMLElement {
  let values = [...opts.values];
  const chips = h('span', { className: 'chips' });
  const input = h('input', {
    type: 'text',
    id: opts.id,
    autocomplete: 'off',
    placeholder: t(opts.lang, 'multiPlaceholder'),
    'aria-autocomplete': 'list',
  });
  const list = h('ul', { className: 'suggestions', role: 'listbox', hidden: true });
  const root = h('div', { className: 'multi', 'data-field': opts.id }, chips, input, list);

  const commit = () => {
    renderChips();
    opts.onChange([...values]);
  };
  const add = (value: string) => {
    const v = value.trim();
    if (!v) return;
    if (!values.some((x) => fold(x) === fold(v))) values = opts.single ? [v] : [...values, v];
    input.value = '';
    hideList();
    commit();
  };
  const remove = (value: string) => {
    values = values.filter((x) => x !== value);
    commit();
  };

  function renderChips(): void {
    chips.replaceChildren(
      ...values.map((v) =>
        h(
          'span',
          { className: 'chip', 'data-value': v },
          v,
          h(
            'button',
            {
              type: 'button',
              className: 'chip-remove',
              'aria-label': t(opts.lang, 'multiRemove', { value: v }),
              onclick: () => remove(v),
            },
            '×',
          ),
        ),
      ),
    );
    input.placeholder = values.length > 0 && opts.single ? '' : t(opts.lang, 'multiPlaceholder');
  }

  function matches(): { value: string; label: string; custom?: boolean }[] {
    const q = fold(input.value.trim());
    const chosen = new Set(values.map(fold));
    const found = opts.options.filter((o) => !chosen.has(fold(o.value)) && (!q || fold(o.label).includes(q)));
    const shown: { value: string; label: string; custom?: boolean }[] = found.slice(0, MAX_SHOWN);
    const exact = opts.options.some((o) => fold(o.label) === q);
    if (opts.allowCustom && q && !exact && !chosen.has(q)) {
      shown.push({
        value: input.value.trim(),
        label: t(opts.lang, 'multiAddCustom', { value: input.value.trim() }),
        custom: true,
      });
    }
    return shown;
  }

  function showList(): void {
    const items = matches();
    list.replaceChildren(
      ...items.map((o) =>
        h(
          'li',
          {
            role: 'option',
            className: o.custom ? 'custom' : '',
            'data-value': o.value,
            onmousedown: (e: Event) => {
              e.preventDefault(); // keep focus in the input
              add(o.value);
            },
          },
          o.label,
        ),
      ),
    );
    list.hidden = items.length === 0;
  }
  function hideList(): void {
    list.hidden = true;
  }

  input.addEventListener('input', showList);
  input.addEventListener('focus', showList);
  input.addEventListener('blur', () => {
    // A typed value the user did not press Enter on is still kept where custom entries are allowed.
    if (opts.allowCustom && input.value.trim()) add(input.value);
    hideList();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      const first = matches()[0];
      if (first) add(first.value);
    } else if (e.key === 'Escape') {
      hideList();
    } else if (e.key === 'Backspace' && !input.value && values.length > 0) {
      remove(values[values.length - 1]);
    }
  });
  renderChips();
  return root;
}

// A tiny element builder: text always goes in as text nodes (never innerHTML), so names and titles from
// the documents cannot inject markup.
type Child = Node | string | number | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number | boolean | null | undefined> = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' || typeof child === 'number' ? String(child) : child);
  }
  return element;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from the page`);
  return element as T;
}

/** Marks a section loading / ready / error (styles, and what the browser tests wait for). */
export function setState(element: HTMLElement, state: 'loading' | 'ready' | 'error', message?: string): void {
  element.dataset.state = state;
  const status = element.querySelector<HTMLElement>('.status');
  if (status) status.textContent = state === 'error' ? (message ?? 'Failed.') : state === 'loading' ? 'Loading…' : '';
}

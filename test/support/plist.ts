/**
 * A small reader for XML property lists (dict, array, key, string, integer, real, true, false) —
 * what configuration profiles use; enough to load the example .mobileconfig in tests.
 */
export function parsePlist(xml: string): unknown {
  const tokens = [...xml.replace(/<\?xml[^>]*\?>|<!DOCTYPE[^>]*>/g, '').matchAll(/<(\/?)(\w+)(\/?)>|([^<]+)/g)];
  let index = 0;
  const next = () => tokens[index++];
  const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const text = (tag: string): string => {
    let value = '';
    for (let token = next(); token && !(token[1] === '/' && token[2] === tag); token = next()) value += token[4] ?? '';
    return unescape(value);
  };
  const element = (): unknown => {
    let token = next();
    while (token && token[4] !== undefined) token = next(); // whitespace between elements
    if (!token) throw new Error('unexpected end of plist');
    const [, closing, tag, selfClosing] = token;
    if (closing) return CLOSE;
    if (tag === 'plist') {
      const value = element();
      element();
      return value;
    }
    if (tag === 'true' || tag === 'false') {
      if (!selfClosing) next();
      return tag === 'true';
    }
    if (tag === 'string') return selfClosing ? '' : text('string');
    if (tag === 'integer') return parseInt(text('integer'), 10);
    if (tag === 'real') return parseFloat(text('real'));
    if (tag === 'array') {
      const items: unknown[] = [];
      if (selfClosing) return items;
      for (let item = element(); item !== CLOSE; item = element()) items.push(item);
      return items;
    }
    if (tag === 'dict') {
      const dict: Record<string, unknown> = {};
      if (selfClosing) return dict;
      for (let key = element(); key !== CLOSE; key = element()) dict[key as string] = element();
      return dict;
    }
    if (tag === 'key') return text('key');
    throw new Error(`unsupported plist element <${tag}>`);
  };
  return element();
}

const CLOSE = Symbol('close');

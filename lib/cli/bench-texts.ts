import type { Direction } from '../core/direction.ts';
import { seededRandom } from '../eval/seeded-random.ts';
import { readRows } from './jsonl-rows.ts';

/** Texts sampled from the dev data to build realistic inputs of any size from. */
export const POOL_SIZE = 1_500;


/**
 * A uniform sample (reservoir sampling, fixed seed) of the texts in a JSONL file, read as a
 * stream so only the sample is kept. `undefined` when the file cannot be read or holds no rows.
 */
export async function samplePool(path: string, size = POOL_SIZE, seed = 1): Promise<string[] | undefined> {
  const random = seededRandom(seed);
  const pool: string[] = [];
  let seen = 0;
  try {
    for await (const item of readRows(path)) {
      if (!item.ok) continue;
      if (pool.length < size) {
        pool.push(item.row.text);
      } else {
        const slot = Math.floor(random() * (seen + 1));
        if (slot < size) pool[slot] = item.row.text;
      }
      seen += 1;
    }
  } catch {
    return undefined;
  }
  return pool.length > 0 ? pool : undefined;
}

// Written for this project: ordinary chat traffic, used only when the dev data is not there.
const SYNTHETIC: Record<Direction, string[]> = {
  inbound: [
    'Can you help me write a short email to my landlord asking when the heating will be repaired? Keep it polite but firm, and mention that it has been broken for two weeks.',
    'Summarize the following meeting notes in five bullet points. We discussed the release schedule, the open bugs in the billing module, hiring for the support team and the budget for next quarter.',
    'I am learning Python. Why does my loop print the last item twice? for i in range(len(items)): print(items[i]) and then I print items[-1] after the loop.',
    'Translate this paragraph into Spanish and keep the formal tone: We are pleased to inform you that your application has been accepted for the spring programme.',
    'What are some good vegetarian dinner ideas that take less than thirty minutes and use ingredients I can find in a normal supermarket?',
  ],
  outbound: [
    'Sure! Here is a polite email you could send:\n\nDear Ms. Smith,\n\nI am writing about the heating in my flat, which has not worked for two weeks. Could you let me know when the repair is scheduled?\n\nKind regards,\nAlex',
    'The loop itself is fine; the extra line comes from the print after the loop. Remove it, or iterate directly:\n\n```python\nfor item in items:\n    print(item)\n```',
    'Here are five quick vegetarian dinners: 1. chickpea curry with rice; 2. vegetable stir-fry with tofu; 3. pasta with tomato, spinach and ricotta; 4. black bean tacos; 5. halloumi and roasted pepper wraps.',
    'Summary: the release moves to the 14th; two billing bugs block it; support will hire two people; the quarterly budget is unchanged except for tooling, which grows by ten percent.',
    'Nos complace informarle de que su solicitud ha sido aceptada para el programa de primavera. Le enviaremos los detalles en los próximos días.',
  ],
};

export const syntheticPool = (direction: Direction): string[] => [...SYNTHETIC[direction]];

/** Cuts `text` to exactly `size` UTF-16 units without leaving half a surrogate pair at the end. */
function cut(text: string, size: number): string {
  const head = text.slice(0, size);
  const last = head.charCodeAt(head.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? `${head.slice(0, -1)} ` : head;
}

/**
 * `count` distinct texts of exactly `size` characters: pool texts joined by blank lines from a
 * different starting point each (padding by repeating the pool if it is short), then cut. Distinct
 * texts keep a future decision cache from turning the bench into a cache benchmark.
 */
export function buildTexts(pool: readonly string[], size: number, count: number): string[] {
  if (pool.length === 0) throw new Error('empty text pool');
  const texts: string[] = [];
  for (let variant = 0; variant < count; variant += 1) {
    const parts: string[] = [];
    let length = 0;
    let index = (variant * 7_919) % pool.length;
    while (length < size) {
      const part = pool[index]!;
      parts.push(part);
      length += part.length + 2;
      index = (index + 1) % pool.length;
    }
    texts.push(cut(parts.join('\n\n'), size));
  }
  return texts;
}

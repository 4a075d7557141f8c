import { err, ok, type Result } from '../core/result.ts';
import type { MessageRoute } from '../messaging/message-route.ts';
import type { FeedbackEmbedding } from './feedback-embedding.ts';
import type { FeedbackLabel, FeedbackRecord } from './feedback-store.ts';
import { deletedFrom, memoryFeedbackTrash, type FeedbackTrash } from './feedback-trash.ts';

/** What the options page lists: no vectors (they are of no use to a page, and stay in the background). */
export interface FeedbackRow {
  id: string;
  label: FeedbackLabel;
  createdAt: number;
  embedderId: string;
}

/** vector-guard reads at most this much of a text (its maxChars): a longer report could not be matched anyway. */
export const MAX_REPORT_CHARS = 20_000;
const MAX_ID_CHARS = 128;

export interface FeedbackRoutesDeps {
  /** vector-guard's local exemplars (FeedbackStore). */
  store: {
    list(): Promise<readonly FeedbackRecord[]>;
    add(input: { label: FeedbackLabel; embedderId: string; vector: ArrayLike<number> }): Promise<FeedbackRecord>;
    remove(id: string): Promise<boolean>;
  };
  /**
   * The reported text as vector-guard's vectors (feedbackEmbedding: same embedder, same windows).
   * May throw (no model): the report then fails with a clear reason and nothing is stored.
   */
  embed: (text: string) => Promise<FeedbackEmbedding>;
  /** Where the last deletion waits for undo (default: memory; the extension: storage.session). */
  trash?: FeedbackTrash;
  /** False when an admin switched the feature off (managed disabledFeatures `feedback`); default on. */
  enabled?: () => Promise<boolean>;
}

const rowOf = (record: FeedbackRecord): FeedbackRow => ({ id: record.id, label: record.label, createdAt: record.createdAt, embedderId: record.embedderId });

function reportBody(body: Readonly<Record<string, unknown>>): Result<{ text: string; label: FeedbackLabel }> {
  const { text, label } = body;
  if (label !== 'attack' && label !== 'fine') return err('label must be "attack" or "fine"');
  if (typeof text !== 'string' || text.trim() === '') return err('text must be a non-empty string');
  if (text.length > MAX_REPORT_CHARS) return err(`text is ${text.length} characters; a report may have at most ${MAX_REPORT_CHARS}`);
  return ok({ text, label });
}

/**
 * The feedback loop's messages. Reports (`tab:` from the verdict panel's "Not an attack",
 * `page:` from the options page's "report a missed attack" box) turn a text into vector-guard
 * exemplars: the text is embedded here and dropped, only the vectors are kept (DESIGN.md §5), and
 * nothing leaves the device. The options page lists (without vectors), deletes and undoes the
 * last deletion. Every body is validated; every failure is an `err`, never a throw.
 */
export function feedbackRoutes(deps: FeedbackRoutesDeps): MessageRoute[] {
  const trash = deps.trash ?? memoryFeedbackTrash();
  const enabled = async (): Promise<boolean> => (deps.enabled ? deps.enabled() : true);
  const OFF = 'feedback is turned off by your organization';

  async function report(body: Readonly<Record<string, unknown>>): Promise<Result<{ recorded: number; ids: string[] }>> {
    const parsed = reportBody(body);
    if (!parsed.ok) return parsed;
    if (!(await enabled())) return err(OFF);
    let embedding: FeedbackEmbedding;
    try {
      embedding = await deps.embed(parsed.value.text);
    } catch (cause) {
      // The cause's message names the model problem (a load error), never the reported text.
      return err(`the similarity model is not available (${cause instanceof Error ? cause.message.slice(0, 200) : 'unknown error'})`);
    }
    if (embedding.vectors.length === 0) return err('this text has nothing the similarity check can learn from');
    const ids: string[] = [];
    for (const vector of embedding.vectors) {
      const record = await deps.store.add({ label: parsed.value.label, embedderId: embedding.embedderId, vector });
      ids.push(record.id);
    }
    return ok({ recorded: ids.length, ids });
  }

  return [
    {
      type: 'page:feedback-list',
      async handle() {
        return ok((await deps.store.list()).map(rowOf).reverse());
      },
    },
    {
      type: 'page:feedback-delete',
      async handle(body) {
        const { id } = body;
        if (typeof id !== 'string' || id.length === 0 || id.length > MAX_ID_CHARS) return err('id must be a feedback id');
        if (!(await enabled())) return err(OFF);
        const record = (await deps.store.list()).find((candidate) => candidate.id === id);
        if (!record) return err('there is no feedback with this id (already deleted?)');
        await trash.put(deletedFrom(record));
        if (!(await deps.store.remove(id))) return err('there is no feedback with this id (already deleted?)');
        return ok({ deleted: id });
      },
    },
    {
      type: 'page:feedback-undo',
      async handle() {
        if (!(await enabled())) return err(OFF);
        const deleted = await trash.take();
        if (!deleted) return err('there is no deletion to undo');
        const restored = await deps.store.add(deleted);
        return ok(rowOf(restored));
      },
    },
    { type: 'tab:feedback-report', handle: report },
    { type: 'page:feedback-report', handle: report },
  ];
}

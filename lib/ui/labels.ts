import { isAction } from '../core/action.ts';
import { isCategory } from '../core/category.ts';
import { t } from './i18n.ts';

/**
 * Words a person reads in the verdict panel and the popup for a category or an action. Kept in
 * one place so the two surfaces explain a verdict the same way; the words themselves live in the
 * message catalog (lib/ui/messages/), in the user's language.
 */

/** Categories arrive over messaging: an unknown one is shown as-is rather than dropped. */
export const categoryLabel = (category: string): string => (isCategory(category) ? t(`category.${category}`) : category);

export const actionLabel = (action: string): string => (isAction(action) ? t(`action.${action}`) : action);

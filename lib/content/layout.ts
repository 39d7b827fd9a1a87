import { z } from 'zod';

/** Width of the collapsed sidebar: a tab at the page's right edge. */
export const COLLAPSED_WIDTH = 44;

export const LayoutSchema = z.object({
  collapsed: z.boolean(),
  width: z.number().int().min(240).max(900),
});
export type Layout = z.infer<typeof LayoutSchema>;

const KEY = 'sidebarLayout';
const DEFAULT: Layout = { collapsed: false, width: 380 };

/** The agent's remembered collapse/width choice (extension storage, shared by all sites). */
export async function loadLayout(): Promise<Layout> {
  try {
    const raw = await browser.storage.local.get(KEY);
    const parsed = LayoutSchema.safeParse(raw[KEY]);
    return parsed.success ? parsed.data : DEFAULT;
  } catch {
    return DEFAULT;
  }
}

export async function saveLayout(layout: Layout): Promise<void> {
  await browser.storage.local.set({ [KEY]: LayoutSchema.parse(layout) });
}

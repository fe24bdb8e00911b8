/** Sizes the canvas and the layout share, in a module of their own so the first chunk carries no layout code. */

/** A card's size before the canvas has measured it. */
export const CARD = { width: 200, height: 72 } as const;
/** Room for a zone's title above its nodes, and around them. */
export const ZONE_PADDING = { top: 40, side: 20 } as const;

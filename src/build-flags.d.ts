// Constants build.mjs defines when it bundles the add-on.

/** true in the bundle of a published Editor add-on (node build.mjs --addon), false when bound. */
declare const ADDON_BUILD: boolean;

/**
 * Branded ids, in the manner of Quartz's `FullSlug`/`SimpleSlug` (quartz/util/path.ts): each kind of key is a
 * string with a compile-time brand, made only by its parser (which checks text from outside: URLs, front matter,
 * JSON) or its encoder (which builds it from parts already checked), so a place slug cannot be passed where an
 * article slug is expected and every key is spelled one way:
 *
 *   ArticleSlug   `nyt-dystopian-dreams`            an article's file name and URL segment
 *   EntrySlug     `chongqing`                       an entry's file name and URL segment (any collection)
 *   EntityRef     `places/chongqing`                an entry of a collection (claims' `madeBy`, compare, lookups)
 *   PassageId     `p-12`                            a passage's element id within its article
 *   PassageRef    `nyt-dystopian-dreams#p-12`       one passage of one article
 *
 * (The reading list's share links keep their own compact, versioned wire format, lib/reading-list/codec.ts.)
 *
 * One vocabulary in four modules, split by what each needs: ./slugs.ts nothing, ./passages.ts the slug rule,
 * ./refs.ts the collection registry, ./assert.ts (the throwing `as…` helpers of scripts and tests) the others.
 * Code imports them from here. The project's modules are declared free of side effects (package.json
 * `sideEffects`), so Turbopack follows these re-exports to the module that has the name, and a browser bundle
 * that only checks a slug or names a passage carries neither the registry nor the rest (issue 13: first-load
 * JavaScript).
 */
export * from './slugs';
export * from './passages';
export * from './refs';
export * from './assert';

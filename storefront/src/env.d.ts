declare module "astro" {
  interface AstroClientDirectives {
    /** Hydrate on first focus, pointer or touch (src/features/search/client-focus.ts). */
    "client:focus"?: boolean
  }
}
export {}

export { foldVietnamese } from "./fold.ts"

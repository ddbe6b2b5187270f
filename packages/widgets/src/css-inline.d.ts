/** A stylesheet imported as text (Vite's `?inline`): the component adopts it with Lit's `unsafeCSS`. */
declare module '*.css?inline' {
  const text: string;
  export default text;
}

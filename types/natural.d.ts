// natural ships no declaration for its English stop-word list; importing it directly
// avoids natural's index, which loads storage back-ends that read .env on import.
declare module 'natural/lib/natural/util/stopwords' {
  export const words: string[];
}

// natural ships no declaration for its English stop-word list; importing it directly
// avoids natural's index, which loads storage back-ends that read .env on import.
declare module 'natural/lib/natural/util/stopwords' {
  export const words: string[];
}

// The English stemmers one by one: natural's stemmer index loads the stemmers of every language it has,
// which took about 0.14 s of start-up.
declare module 'natural/lib/natural/stemmers/porter_stemmer' {
  import type { Stemmer } from 'natural/lib/natural/stemmers';
  const PorterStemmer: Stemmer;
  export = PorterStemmer;
}

declare module 'natural/lib/natural/stemmers/lancaster_stemmer' {
  import type { Stemmer } from 'natural/lib/natural/stemmers';
  const LancasterStemmer: Stemmer;
  export = LancasterStemmer;
}

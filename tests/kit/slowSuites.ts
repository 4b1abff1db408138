// Chromium and several server processes share two cores with everything else: these suites get generous limits.
jest.setTimeout(90_000);

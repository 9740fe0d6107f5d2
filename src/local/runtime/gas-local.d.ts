// Types for gas-local (it ships none): require() loads a folder of .js files into a vm context
// with the globals given, as the bundle runs in Apps Script.
declare module 'gas-local' {
  const gas: {
    require(
      folder: string,
      globals?: object,
      options?: { filter?: (file: string) => boolean },
    ): Record<string, unknown>;
  };
  export default gas;
}

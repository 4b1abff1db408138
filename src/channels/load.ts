/**
 * Channel adapters are loaded only when their channel is enabled (several are heavy). A missing module then
 * becomes an error that says which package to install, rather than "Cannot find module".
 */
export async function loadAdapterPackage<T>(pkg: string, load: () => T | Promise<T>, installCommand = `npm install ${pkg}`): Promise<T> {
  try {
    return await load();
  } catch (err) {
    throw explainMissingModule(pkg, err, installCommand);
  }
}

function explainMissingModule(pkg: string, err: unknown, installCommand: string): unknown {
  const { code, message } = (err ?? {}) as { code?: string; message?: string };
  const missing = /Cannot find module '([^']+)'/.exec(message ?? '')?.[1];
  if (code !== 'MODULE_NOT_FOUND' || !missing) return err;
  if (missing === pkg) return new Error(`${pkg} is not installed; run \`${installCommand}\` to enable this channel`);
  // An adapter may require a package it does not declare (the Slack and Messenger adapters need "request",
  // which package.json provides as @cypress/request).
  return new Error(`${pkg} cannot load: it requires "${missing}", which it does not declare as a dependency and which is not installed (see docs/channels/)`);
}

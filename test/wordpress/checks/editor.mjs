export async function signedInEditor() {}

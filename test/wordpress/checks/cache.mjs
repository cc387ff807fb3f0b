export async function cacheInFront() {}

// Calls to the vnnews API. Errors carry the API's message (ApiError) so the page can show it.

/** GET a JSON resource; throws an Error with the API's message on a non-2xx answer. */
export async function getJson(url) {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  if (!response.ok) throw await apiError(response);
  return response.json();
}

async function apiError(response) {
  try {
    const body = await response.json();
    return new Error([body.message, ...(body.details ?? [])].join('; '));
  } catch {
    return new Error(`HTTP ${response.status}`);
  }
}

/** GET /api/search with these parameters. */
export function search(params) {
  return getJson(`/api/search?${params}`);
}

/** GET /api/articles/:id. */
export function getArticle(id) {
  return getJson(`/api/articles/${encodeURIComponent(id)}`);
}

/** POST /api/sources/:id/crawl with the API key. */
export async function crawlNow(sourceId, apiKey) {
  const response = await fetch(`/api/sources/${encodeURIComponent(sourceId)}/crawl`, {
    method: 'POST',
    headers: { 'x-api-key': apiKey },
  });
  if (!response.ok) throw await apiError(response);
  return response.json();
}

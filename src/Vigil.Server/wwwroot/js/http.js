// HTTP answers, for the page and its worker alike: an error answer (problem+json) becomes an
// ApiError carrying its status and detail.

export class ApiError extends Error {
  constructor(status, title, detail) {
    super(detail ? `${title}: ${detail}` : title);
    this.status = status;
    this.detail = detail;
  }
}

// Resolves with `response` when it is a success; else rejects with its problem as an ApiError.
export async function check(response, path) {
  if (response.ok) return response;
  let title = `${path}: ${response.status} ${response.statusText}`;
  let detail = '';
  try {
    const problem = await response.json();
    title = `${path}: ${problem.title || response.statusText}`;
    detail = problem.detail || '';
  } catch {
    // not problem+json: keep the status line
  }
  throw new ApiError(response.status, title, detail);
}

export interface WebhookEvent {
  event: string;
  campaignId: string;
}

export async function deliver(url: string, payload: WebhookEvent): Promise<number> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(payload),
  });
  return response.status;
}

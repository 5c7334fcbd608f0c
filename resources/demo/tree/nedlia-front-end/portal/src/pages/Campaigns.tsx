import { useEffect, useState } from 'react';

interface Campaign {
  id: string;
  name: string;
}

export function Campaigns() {
  const [campaigns, setCampaigns] = useState<Campaign[]>([]);
  useEffect(() => {
    fetch('/v1/campaigns/').then((r) => r.json()).then(setCampaigns);
  }, []);
  return (
    <ul>
      {campaigns.map((c) => (
        <li key={c.id}>{c.name}</li>
      ))}
    </ul>
  );
}

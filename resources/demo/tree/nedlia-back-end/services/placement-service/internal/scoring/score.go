package scoring

// Slot is one piece of inventory a creative can run in.
type Slot struct {
	ID       string
	Audience []string
}

// Score rates how well a slot matches the campaign's audience, from 0 to 1.
func Score(slot Slot, audience []string) float64 {
	if len(audience) == 0 {
		return 0
	}
	want := map[string]bool{}
	for _, a := range audience {
		want[a] = true
	}
	hits := 0
	for _, a := range slot.Audience {
		if want[a] {
			hits++
		}
	}
	return float64(hits) / float64(len(audience))
}

package rules

import "fmt"

// Creative is an uploaded ad.
type Creative struct {
	Width, Height int
}

// CheckCreative rejects creatives that no slot can show.
func CheckCreative(c Creative) error {
	if c.Width <= 0 || c.Height <= 0 {
		return fmt.Errorf("creative has no size: %dx%d", c.Width, c.Height)
	}
	return nil
}

package handlers

import (
	"encoding/json"
	"net/http"
)

// Campaign serves GET /v1/campaigns/{id}.
func Campaign(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]string{"id": r.URL.Path[len("/v1/campaigns/"):]})
}

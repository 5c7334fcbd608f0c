package main

import (
	"log"
	"net/http"

	"github.com/nedlia/nedlia/api/internal/handlers"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/v1/campaigns/", handlers.Campaign)
	log.Fatal(http.ListenAndServe(":8080", mux))
}

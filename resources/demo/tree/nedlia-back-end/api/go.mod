module github.com/nedlia/nedlia/api

go 1.20

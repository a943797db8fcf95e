def notify(title, body):
    print(title, body)

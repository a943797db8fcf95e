def fmt(text):
    return text.strip() + '\n'
